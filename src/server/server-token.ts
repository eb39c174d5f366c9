import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

export interface ServerToken {
  readonly token: string;
  /** Where the token came from; `created` means it was generated now and must be shown once. */
  readonly origin: 'env' | 'file' | 'created' | 'memory';
}

/** The token file sits beside the store: `sitrep.db` → `sitrep.db.token`. */
export const tokenPath = (dbPath: string): string => `${dbPath}.token`;

const readToken = (path: string): string | null => {
  try {
    const token = readFileSync(path, 'utf8').trim();
    return token === '' ? null : token;
  } catch {
    return null;
  }
};

/**
 * `$SITREP_TOKEN` when set; else the token stored beside the store; else a new random one, written there
 * (mode 0600) so that restarts keep it. A store in memory gets a token in memory.
 */
export const resolveToken = (dbPath: string, env: NodeJS.ProcessEnv): ServerToken => {
  const fromEnv = env.SITREP_TOKEN?.trim();
  if (fromEnv) return { token: fromEnv, origin: 'env' };
  const created = randomBytes(24).toString('base64url');
  if (dbPath === ':memory:') return { token: created, origin: 'memory' };
  const path = tokenPath(dbPath);
  const stored = readToken(path);
  if (stored !== null) return { token: stored, origin: 'file' };
  writeFileSync(path, `${created}\n`, { mode: 0o600, flag: 'wx' });
  return { token: created, origin: 'created' };
};
