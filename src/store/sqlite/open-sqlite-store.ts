import { closeSync, openSync, readSync } from 'node:fs';
import Sqlite, { type Database } from 'better-sqlite3';
import { isSitrepError, type SitrepError, sitrepError } from '../../errors/sitrep-error.js';
import type { Store } from '../store.js';
import { migrateSchema, userVersion } from './migrate-schema.js';
import { LATEST_SCHEMA_VERSION } from './migrations.js';
import { createSqliteStore } from './sqlite-store.js';

export interface OpenSqliteOptions {
  /** Open for reading only; the file must exist and be a sitrep store. */
  readonly readonly?: boolean;
}

const BUSY_TIMEOUT_MS = 5000;

const REASONS: Readonly<Record<string, string>> = {
  SQLITE_NOTADB: 'not a SQLite database',
  SQLITE_CANTOPEN: 'cannot open the file (missing, a directory, or not permitted)',
  SQLITE_READONLY: 'the file is not writable',
  SQLITE_BUSY: 'the store is locked by another process',
};

const openError = (path: string, e: unknown): SitrepError => {
  if (isSitrepError(e)) return e;
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  const reason = typeof code === 'string' ? REASONS[code] : undefined;
  return sitrepError('SITREP_STORE_OPEN', path, reason ?? (e instanceof Error ? e.message : String(e)));
};

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * SQLite takes a short file for an empty database and would write over it, so a non-empty file must
 * start with the SQLite header before it is opened. Unreadable paths are left for SQLite to report.
 */
const assertSqliteHeader = (path: string): void => {
  const head = Buffer.alloc(HEADER.length);
  let read = 0;
  try {
    const fd = openSync(path, 'r');
    try {
      read = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return;
  }
  if (read > 0 && !(read === HEADER.length && head.equals(HEADER))) {
    throw sitrepError('SITREP_STORE_OPEN', path, REASONS.SQLITE_NOTADB!);
  }
};

/** Runs `use` on a fresh connection; any failure becomes SITREP_STORE_OPEN and closes the connection. */
const withConnection = <T>(path: string, readonly: boolean, use: (db: Database) => T): T => {
  let db: Database | undefined;
  try {
    if (path !== ':memory:') assertSqliteHeader(path);
    db = new Sqlite(path, { readonly, fileMustExist: readonly });
    // Connection settings only: nothing here touches the file.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    return use(db);
  } catch (e) {
    if (db?.open) db.close();
    throw openError(path, e);
  }
};

/** The store's version, refusing (before anything is written) a newer schema or someone else's database. */
const checkedVersion = (db: Database, path: string): number => {
  const version = userVersion(db);
  if (version > LATEST_SCHEMA_VERSION)
    throw sitrepError('SITREP_STORE_SCHEMA', version, LATEST_SCHEMA_VERSION);
  const tables = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get();
  if (version === 0 && tables !== 0) throw sitrepError('SITREP_STORE_OPEN', path, 'not a sitrep store');
  return version;
};

const openWritable = (path: string): Database =>
  withConnection(path, false, (db) => {
    checkedVersion(db, path);
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    migrateSchema(db);
    return db;
  });

/**
 * Opens (creating and migrating when writable) the SQLite store at `path`; ':memory:' for a throwaway one.
 * A read-only open of an older schema upgrades the file first, so that readers always see the latest schema.
 */
export const openSqliteStore = async (path: string, options: OpenSqliteOptions = {}): Promise<Store> => {
  if (!options.readonly) return createSqliteStore(openWritable(path), false);
  const needsUpgrade = withConnection(path, true, (db) => {
    const version = checkedVersion(db, path);
    db.close();
    if (version === 0) throw sitrepError('SITREP_STORE_OPEN', path, 'not a sitrep store');
    return version < LATEST_SCHEMA_VERSION;
  });
  if (needsUpgrade) openWritable(path).close();
  return createSqliteStore(
    withConnection(path, true, (db) => db),
    true,
  );
};
