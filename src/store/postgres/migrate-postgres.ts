import type { ClientBase } from 'pg';
import { sitrepError } from '../../errors/sitrep-error.js';
import { LATEST_POSTGRES_VERSION, POSTGRES_MIGRATIONS, type PostgresMigration } from './migrations.js';

/** Which store a connection works on: its schema, and the URL to name in messages. */
export interface StoreTarget {
  readonly schema: string;
  readonly display: string;
}

/** The schema's store version: null when the schema or its `schema_version` table does not exist. */
export const readSchemaVersion = async (client: ClientBase, schema: string): Promise<number | null> => {
  const found = await client.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [
    `${schema}.schema_version`,
  ]);
  if (found.rows[0]?.t == null) return null;
  const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${schema}.schema_version`);
  return rows[0]?.version ?? 0;
};

const tableCount = async (client: ClientBase, schema: string): Promise<number> => {
  const { rows } = await client.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = $1',
    [schema],
  );
  return rows[0]?.n ?? 0;
};

/** Refuses a schema written by a newer sitrep, before anything is written. */
export const checkVersion = (version: number): number => {
  if (version > LATEST_POSTGRES_VERSION)
    throw sitrepError('SITREP_STORE_SCHEMA', version, LATEST_POSTGRES_VERSION);
  return version;
};

/**
 * Creates the schema if needed and applies the migrations newer than its version, all in one transaction
 * under an advisory lock on the schema's name: a second process migrating the same schema waits, then
 * finds nothing left to do. A schema holding tables but no `schema_version` is someone else's: refused,
 * untouched. Returns the new version.
 */
export const migratePostgres = async (
  client: ClientBase,
  target: StoreTarget,
  migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS,
): Promise<number> => {
  const { schema } = target;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sitrep:${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`SET LOCAL search_path TO ${schema}`);
    let from = await readSchemaVersion(client, schema);
    if (from === null) {
      if ((await tableCount(client, schema)) > 0)
        throw sitrepError('SITREP_STORE_OPEN', target.display, `schema "${schema}" is not a sitrep store`);
      await client.query('CREATE TABLE schema_version (version integer NOT NULL)');
      await client.query('INSERT INTO schema_version (version) VALUES (0)');
      from = 0;
    }
    checkVersion(from);
    let version = from;
    for (const m of migrations) {
      if (m.version <= from) continue;
      await client.query(m.sql);
      version = m.version;
    }
    await client.query('UPDATE schema_version SET version = $1', [version]);
    await client.query('COMMIT');
    return version;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  }
};
