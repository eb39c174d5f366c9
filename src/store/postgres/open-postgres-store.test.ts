import { afterAll, describe, expect, it } from 'vitest';
import { SitrepError } from '../../errors/sitrep-error.js';
import { analysisToRow } from '../sqlite/analysis-row.js';
import { fixtureItem, fixturePicture } from '../store-fixtures.js';
import { migratePostgres } from './migrate-postgres.js';
import { LATEST_POSTGRES_VERSION, POSTGRES_MIGRATIONS } from './migrations.js';
import { openPostgresStore } from './open-postgres-store.js';
import {
  dropSchemas,
  TEST_DATABASE_URL,
  testDatabaseUrl,
  testSchemaName,
  withTestClient,
} from './postgres-test-db.js';

const schemas: string[] = [];
afterAll(() => dropSchemas(schemas));
const freshSchema = (): string => {
  const schema = testSchemaName();
  schemas.push(schema);
  return schema;
};

const failure = async (p: Promise<unknown>): Promise<{ code: string; message: string }> => {
  const e = await p.then(
    () => expect.unreachable('expected a rejection'),
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(SitrepError);
  return { code: (e as SitrepError).code, message: (e as SitrepError).message };
};

const inSchema = <T>(schema: string, sql: string, params: unknown[] = []) =>
  withTestClient(async (c) => {
    await c.query(`SET search_path TO ${schema}`);
    return (await c.query(sql, params)).rows as T[];
  });

const display = (schema: string): string => {
  const url = new URL(TEST_DATABASE_URL);
  return `postgres://${url.username === '' ? '' : `${url.username}@`}${url.host}${url.pathname}?schema=${schema}`;
};

describe('openPostgresStore: schema', () => {
  it('numbers migrations 1..n in order, as many as the SQLite adapter has', () => {
    expect(POSTGRES_MIGRATIONS.map((m) => m.version)).toEqual([1, 2]);
  });

  it('creates the schema with the latest tables', async () => {
    const schema = freshSchema();
    const store = await openPostgresStore(testDatabaseUrl(schema));
    expect(await store.schemaVersion()).toBe(LATEST_POSTGRES_VERSION);
    await store.close();
    const tables = await inSchema<{ tablename: string }>(
      schema,
      'SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY tablename',
      [schema],
    );
    expect(tables.map((t) => t.tablename)).toEqual([
      'analyses',
      'annotations',
      'pictures',
      'reports',
      'schema_version',
    ]);
  });

  it('migrates a version 1 store with data, backfilling the annotation counts', async () => {
    const schema = freshSchema();
    const item = fixtureItem(2);
    await withTestClient(async (c) => {
      expect(await migratePostgres(c, { schema, display: schema }, POSTGRES_MIGRATIONS.slice(0, 1))).toBe(1);
      await c.query(`SET search_path TO ${schema}`);
      const r = item.report;
      await c.query(
        `INSERT INTO reports (id, content_hash, path, format, published_inferred, text, raw, offset_map, signature)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [r.id, r.contentHash, r.path, r.format, r.publishedInferred, r.text, r.raw, '[]', '[1]'],
      );
      const { row } = analysisToRow(item.analysis);
      await c.query('INSERT INTO analyses VALUES ($1, $2, $3)', [row.document_id, row.producers, row.layers]);
    });
    const store = await openPostgresStore(testDatabaseUrl(schema));
    expect(await store.schemaVersion()).toBe(2);
    expect(await store.getAnalysis(item.report.id)).toStrictEqual(item.analysis);
    await store.close();
    const counts = await inSchema<{ layer: string; count: number }>(
      schema,
      'SELECT layer, count FROM annotations WHERE document_id = $1 ORDER BY layer',
      [item.report.id],
    );
    expect(counts.map((c) => [c.layer, c.count])).toEqual([
      ['attributions', 1],
      ['entities', 2],
      ['events', 1],
      ['figures', 1],
      ['places', 1],
      ['sentences', 2],
      ['times', 1],
      ['tokens', 2],
    ]);
  });

  it.each([false, true])('refuses a newer schema without touching it (readonly: %s)', async (readonly) => {
    const schema = freshSchema();
    await (await openPostgresStore(testDatabaseUrl(schema))).close();
    await inSchema(schema, 'UPDATE schema_version SET version = $1', [LATEST_POSTGRES_VERSION + 1]);
    expect(await failure(openPostgresStore(testDatabaseUrl(schema), { readonly }))).toEqual({
      code: 'SITREP_STORE_SCHEMA',
      message: `store schema version ${LATEST_POSTGRES_VERSION + 1} is newer than this sitrep supports (${LATEST_POSTGRES_VERSION})`,
    });
    expect(await inSchema(schema, 'SELECT version FROM schema_version')).toEqual([
      { version: LATEST_POSTGRES_VERSION + 1 },
    ]);
  });

  it("leaves someone else's schema alone", async () => {
    const schema = freshSchema();
    await withTestClient((c) => c.query(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.mine (x int)`));
    expect(await failure(openPostgresStore(testDatabaseUrl(schema)))).toEqual({
      code: 'SITREP_STORE_OPEN',
      message: `cannot open store ${display(schema)}: schema "${schema}" is not a sitrep store`,
    });
    const tables = await inSchema<{ t: string }>(
      schema,
      'SELECT tablename AS t FROM pg_tables WHERE schemaname = $1',
      [schema],
    );
    expect(tables).toEqual([{ t: 'mine' }]);
  });

  it('lets several processes create and migrate the same new schema at once', async () => {
    const url = testDatabaseUrl(freshSchema());
    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore(url)));
    expect(await Promise.all(stores.map((s) => s.schemaVersion()))).toEqual([2, 2, 2]);
    await Promise.all(stores.map((s) => s.close()));
  });
});

describe('openPostgresStore: read-only', () => {
  it('refuses a store that does not exist, and creates nothing', async () => {
    const schema = freshSchema();
    expect(await failure(openPostgresStore(testDatabaseUrl(schema), { readonly: true }))).toEqual({
      code: 'SITREP_NOT_FOUND',
      message: `store ${display(schema)} not found`,
    });
    expect(
      await withTestClient(async (c) => (await c.query('SELECT to_regnamespace($1) AS n', [schema])).rows),
    ).toEqual([{ n: null }]);
  });

  it('reads, refuses writes, upgrades an older schema first', async () => {
    const schema = freshSchema();
    await withTestClient((c) =>
      migratePostgres(c, { schema, display: schema }, POSTGRES_MIGRATIONS.slice(0, 1)),
    );
    const reader = await openPostgresStore(testDatabaseUrl(schema), { readonly: true });
    expect(await reader.schemaVersion()).toBe(LATEST_POSTGRES_VERSION);
    expect(await reader.listReports()).toEqual([]);
    expect((await failure(reader.addReports([fixtureItem(1)]))).code).toBe('SITREP_STORE_WRITE');
    expect((await failure(reader.putPicture(fixturePicture('x', [])))).message).toBe(
      'store write failed, nothing was changed: the store was opened read-only',
    );
    await reader.close();
    await reader.close();
  });
});

describe('openPostgresStore: what it refuses', () => {
  const other = (change: (u: URL) => void): string => {
    const url = new URL(TEST_DATABASE_URL);
    change(url);
    return url.toString();
  };

  it('reports an unreachable server in one line, without the password', async () => {
    const url = other((u) => {
      u.host = '127.0.0.1:1';
      u.password = 'secret';
    });
    const { code, message } = await failure(openPostgresStore(url));
    expect(code).toBe('SITREP_STORE_UNREACHABLE');
    expect(message).toMatch(
      /^cannot reach store postgres:\/\/[^:@]*@?127\.0\.0\.1:1\/\w+: connection refused at 127\.0\.0\.1:1$/,
    );
    expect(message).not.toContain('secret');
  });

  it('reports a database that does not exist', async () => {
    const url = other((u) => {
      u.pathname = '/sitrep_no_such_database';
    });
    const { code, message } = await failure(openPostgresStore(url));
    expect(code).toBe('SITREP_STORE_OPEN');
    expect(message).toMatch(
      /^cannot open store .*sitrep_no_such_database: database "sitrep_no_such_database" does not exist$/,
    );
  });

  it.each([
    ['postgres://x/db?schema=Bad-Name', 'SITREP_USAGE', /schema "Bad-Name" in the database URL must be/],
    ['postgres://x/db?schema=a;drop', 'SITREP_USAGE', /schema "a;drop"/],
    ['postgres://[oops/db', 'SITREP_USAGE', /not a valid postgres:\/\/ URL$/],
  ])('refuses %s as a usage error', async (url, code, message) => {
    const e = await failure(openPostgresStore(url));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });
});
