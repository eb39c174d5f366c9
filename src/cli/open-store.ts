import { existsSync } from 'node:fs';
import { sitrepError } from '../errors/sitrep-error.js';
import { isDatabaseUrl } from '../store/postgres/database-url.js';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.js';
import type { Store } from '../store/store.js';

/**
 * Opens the store file, or the PostgreSQL store a postgres:// URL names (its driver is loaded only then);
 * commands that read, or update what is stored, refuse to create one.
 */
export type StoreMode = 'read' | 'write' | 'update';

export const openStore = async (path: string, mode: StoreMode): Promise<Store> => {
  if (isDatabaseUrl(path)) {
    const { openPostgresStore } = await import('../store/postgres/open-postgres-store.js');
    return openPostgresStore(path, { readonly: mode === 'read' });
  }
  if (mode !== 'write' && !existsSync(path)) throw sitrepError('SITREP_NOT_FOUND', 'store', path);
  return openSqliteStore(path, { readonly: mode === 'read' });
};

export const withStore = async <T>(
  path: string,
  mode: StoreMode,
  use: (s: Store) => Promise<T>,
): Promise<T> => {
  const store = await openStore(path, mode);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
};
