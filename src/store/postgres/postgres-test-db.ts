import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The PostgreSQL server tests use: `$SITREP_TEST_DATABASE_URL`, else the local server with trust auth
 * (database `test`, user `postgres`). Every test works in a schema of its own, dropped afterwards.
 * For tests only: it imports `pg`.
 */
export const TEST_DATABASE_URL =
  process.env.SITREP_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh schema name, unique to this run: `sitrep_test_<12 hex>`. */
export const testSchemaName = (): string => `sitrep_test_${randomBytes(6).toString('hex')}`;

/** The test database's URL with `?schema=name`. */
export const testDatabaseUrl = (schema: string): string => {
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('schema', schema);
  return url.toString();
};

/** Runs `use` on a plain connection to the test database (outside any sitrep schema). */
export const withTestClient = async <T>(use: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
};

/** Drops the schemas (and everything in them), if they exist. */
export const dropSchemas = async (schemas: readonly string[]): Promise<void> => {
  if (schemas.length === 0) return;
  await withTestClient(async (client) => {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });
};
