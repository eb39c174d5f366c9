import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SitrepError } from '../../errors/sitrep-error.js';
import type { Store } from '../store.js';
import { runStoreContract } from '../store-contract.test-suite.js';
import { fixtureItem, fixturePicture } from '../store-fixtures.js';
import { analysisToRow } from './analysis-row.js';
import { migrateSchema } from './migrate-schema.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations.js';
import { openSqliteStore } from './open-sqlite-store.js';
import { REPORT_COLUMNS, reportToRow } from './report-row.js';

const root = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const tempDir = (): string => mkdtempSync(join(root, `t${n++}-`));
const tempPath = (): string => join(tempDir(), 'sitrep.db');

let lastPath = '';
const openFresh = (): Promise<Store> => {
  lastPath = tempPath();
  return openSqliteStore(lastPath);
};
runStoreContract('sqlite file', openFresh, {
  reopen: () => openSqliteStore(lastPath),
});
runStoreContract('sqlite :memory:', () => openSqliteStore(':memory:'));

const failure = async (p: Promise<unknown>): Promise<{ code: string; message: string }> => {
  const e = await p.then(
    () => expect.unreachable('expected a rejection'),
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(SitrepError);
  return { code: (e as SitrepError).code, message: (e as SitrepError).message };
};

const withRaw = <T>(path: string, use: (db: Sqlite.Database) => T): T => {
  const db = new Sqlite(path);
  try {
    return use(db);
  } finally {
    db.close();
  }
};

describe('openSqliteStore: schema', () => {
  it('numbers migrations 1..n in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it.each([
    ['a new file', (_: string) => {}],
    ['an empty existing file', (p: string) => writeFileSync(p, '')],
  ])('creates the latest schema in %s, in WAL mode', async (_, prepare) => {
    const path = tempPath();
    prepare(path);
    const store = await openSqliteStore(path);
    expect(await store.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    await store.close();
    withRaw(path, (db) => {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(
        db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all(),
      ).toEqual(['analyses', 'annotations', 'pictures', 'reports']);
    });
  });

  it('migrates a version 1 store with data, backfilling the annotation counts', async () => {
    const path = tempPath();
    const item = fixtureItem(2);
    withRaw(path, (db) => {
      expect(migrateSchema(db, MIGRATIONS.slice(0, 1))).toBe(1);
      const params = REPORT_COLUMNS.split(', ').map((c) => `@${c}`);
      db.prepare(`INSERT INTO reports (${REPORT_COLUMNS}) VALUES (${params.join(', ')})`).run(
        reportToRow(item.report),
      );
      db.prepare('INSERT INTO analyses VALUES (@document_id, @producers, @layers)').run(
        analysisToRow(item.analysis).row,
      );
    });
    const store = await openSqliteStore(path);
    expect(await store.schemaVersion()).toBe(2);
    expect(await store.getReport(item.report.id)).toStrictEqual(item.report);
    expect(await store.getAnalysis(item.report.id)).toStrictEqual(item.analysis);
    await store.addReports([fixtureItem(3)]);
    await store.close();
    const counts = withRaw(path, (db) =>
      db.prepare('SELECT document_id, layer, count FROM annotations ORDER BY document_id, layer').raw().all(),
    );
    expect(counts.filter((c) => (c as unknown[])[0] === item.report.id)).toEqual([
      [item.report.id, 'attributions', 1],
      [item.report.id, 'entities', 2],
      [item.report.id, 'events', 1],
      [item.report.id, 'figures', 1],
      [item.report.id, 'places', 1],
      [item.report.id, 'sentences', 2],
      [item.report.id, 'times', 1],
      [item.report.id, 'tokens', 2],
    ]);
    expect(counts).toHaveLength(16);
  });

  it.each([false, true])('refuses a newer schema without touching it (readonly: %s)', async (readonly) => {
    const path = tempPath();
    withRaw(path, (db) => db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`));
    const before = readFileSync(path);
    expect(await failure(openSqliteStore(path, { readonly }))).toEqual({
      code: 'SITREP_STORE_SCHEMA',
      message: `store schema version ${LATEST_SCHEMA_VERSION + 1} is newer than this sitrep supports (${LATEST_SCHEMA_VERSION})`,
    });
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('openSqliteStore: what it refuses', () => {
  it.each([
    ['a text file', false, 'Key: value\n\nAleppo — not a database.\n'.repeat(40)],
    ['an HTML file', true, '<!doctype html><p>hi</p>'],
    ['a one-byte file', false, 'x'],
    ['a one-byte file', true, 'x'],
    ['a file holding part of the SQLite header', false, 'SQLite format'],
  ])('leaves %s byte for byte untouched (readonly: %s)', async (_, readonly, content) => {
    const dir = tempDir();
    const path = join(dir, 'notes.txt');
    writeFileSync(path, content);
    expect(await failure(openSqliteStore(path, { readonly }))).toEqual({
      code: 'SITREP_STORE_OPEN',
      message: `cannot open store ${path}: not a SQLite database`,
    });
    expect(readFileSync(path, 'utf8')).toBe(content);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it("leaves someone else's SQLite database alone", async () => {
    const path = tempPath();
    withRaw(path, (db) => db.exec('CREATE TABLE mine (x)'));
    const before = readFileSync(path);
    expect((await failure(openSqliteStore(path))).message).toBe(
      `cannot open store ${path}: not a sitrep store`,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it.each([
    [
      'a path under a regular file',
      (d: string) => {
        writeFileSync(join(d, 'f'), 'x');
        return join(d, 'f', 'x.db');
      },
      false,
    ],
    ['a directory', (d: string) => d, false],
    ['a missing file, read-only', (d: string) => join(d, 'none.db'), true],
    ['a missing directory', (d: string) => join(d, 'no', 'x.db'), false],
  ])('refuses %s with one line', async (_, at, readonly) => {
    const path = at(tempDir());
    const { code, message } = await failure(openSqliteStore(path, { readonly }));
    expect(code).toBe('SITREP_STORE_OPEN');
    expect(message).toMatch(new RegExp(`^cannot open store ${path}: [^\\n]+$`));
    expect(existsSync(path) && path.endsWith('.db')).toBe(false);
  });
});

describe('openSqliteStore: connections', () => {
  it('keeps one picture row: putPicture replaces', async () => {
    const path = tempPath();
    const store = await openSqliteStore(path);
    await store.putPicture(fixturePicture('1', []));
    await store.putPicture(fixturePicture('2', []));
    await store.close();
    expect(withRaw(path, (db) => db.prepare('SELECT version FROM pictures').pluck().all())).toEqual(['2']);
  });

  it('opens read-only: reads, refuses writes, upgrades an older schema first', async () => {
    const path = tempPath();
    withRaw(path, (db) => migrateSchema(db, MIGRATIONS.slice(0, 1)));
    const reader = await openSqliteStore(path, { readonly: true });
    expect(await reader.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    expect(await reader.listReports()).toEqual([]);
    expect((await failure(reader.addReports([fixtureItem(1)]))).code).toBe('SITREP_STORE_WRITE');
    expect((await failure(reader.putPicture(fixturePicture('x', [])))).message).toBe(
      'store write failed, nothing was changed: the store was opened read-only',
    );
    await reader.close();
  });

  it('lets a second connection see committed data, and settles a race on the same report', async () => {
    const path = tempPath();
    const [a, b]: Store[] = [await openSqliteStore(path), await openSqliteStore(path)];
    const reader = await openSqliteStore(path, { readonly: true });
    await a!.addReports([fixtureItem(1)]);
    expect((await b!.listReports()).map((r) => r.id)).toEqual([fixtureItem(1).report.id]);
    const results = await Promise.all([a!.addReports([fixtureItem(2)]), b!.addReports([fixtureItem(2)])]);
    expect(results.flat().map((r) => r.status)).toEqual(['added', 'exists']);
    await b!.putPicture(fixturePicture('v', []));
    expect(await reader.getPicture()).toStrictEqual(fixturePicture('v', []));
    expect(await reader.fingerprints()).toHaveLength(2);
    await Promise.all([a!.close(), b!.close(), reader.close()]);
  });
});
