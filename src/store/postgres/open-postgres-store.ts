import pg from 'pg';
import { sitrepError } from '../../errors/sitrep-error.js';
import type { Store } from '../store.js';
import { parseDatabaseUrl } from './database-url.js';
import { checkVersion, migratePostgres, readSchemaVersion, type StoreTarget } from './migrate-postgres.js';
import { LATEST_POSTGRES_VERSION } from './migrations.js';
import { openFailure } from './postgres-errors.js';
import { createPostgresStore } from './postgres-store.js';

export interface OpenPostgresOptions {
  /** Open for reading only: the store must exist; writes are refused (and the server refuses them too). */
  readonly readonly?: boolean;
  /** Connections kept open at most (default 4). */
  readonly maxConnections?: number;
  /** How long to wait for a connection before the server counts as unreachable (default 5000 ms). */
  readonly connectTimeoutMs?: number;
}

const poolFor = (
  connectionString: string,
  schema: string,
  readonly: boolean,
  options: OpenPostgresOptions,
): pg.Pool => {
  const settings = [`-c search_path=${schema}`, ...(readonly ? ['-c default_transaction_read_only=on'] : [])];
  const pool = new pg.Pool({
    connectionString,
    options: settings.join(' '),
    max: options.maxConnections ?? 4,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    application_name: 'sitrep',
  });
  // An idle connection the server drops must not crash the process: the next query reports it.
  pool.on('error', () => {});
  return pool;
};

/** Runs `use` on one connection of a throwaway pool; any failure becomes a coded open error. */
const withClient = async <T>(
  connectionString: string,
  target: StoreTarget,
  options: OpenPostgresOptions,
  use: (client: pg.PoolClient) => Promise<T>,
): Promise<T> => {
  const pool = poolFor(connectionString, target.schema, false, { ...options, maxConnections: 1 });
  try {
    const client = await pool.connect();
    try {
      return await use(client);
    } finally {
      client.release();
    }
  } catch (e) {
    throw openFailure(target.display, e);
  } finally {
    await pool.end();
  }
};

/**
 * Opens the PostgreSQL store named by a `postgres://…[?schema=name]` URL (schema `sitrep` by default).
 * Writable: creates the schema and migrates it (see migratePostgres). Read-only: the store must exist
 * (else SITREP_NOT_FOUND); an older schema is upgraded first, so that readers always see the latest one.
 * An unreachable server is SITREP_STORE_UNREACHABLE; `pg` is only loaded by whoever imports this module.
 */
export const openPostgresStore = async (url: string, options: OpenPostgresOptions = {}): Promise<Store> => {
  const { connectionString, schema, display } = parseDatabaseUrl(url);
  const target: StoreTarget = { schema, display };
  const readonly = options.readonly === true;
  await withClient(connectionString, target, options, async (client) => {
    if (!readonly) return migratePostgres(client, target);
    const version = await readSchemaVersion(client, schema);
    if (version === null || version === 0) throw sitrepError('SITREP_NOT_FOUND', 'store', display);
    if (checkVersion(version) < LATEST_POSTGRES_VERSION) await migratePostgres(client, target);
    return version;
  });
  return createPostgresStore(poolFor(connectionString, schema, readonly, options), { readonly, display });
};
