import { isSitrepError, type SitrepError, sitrepError } from '../../errors/sitrep-error.js';

const field = (e: unknown, key: string): string | undefined => {
  const v = typeof e === 'object' && e !== null ? (e as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : undefined;
};

/** Node socket errors, in words. */
const SOCKET_REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'unknown host',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed',
  ENOENT: 'no such socket',
};

/** SQLSTATEs that mean the server went away or refuses connections now (class 08, shutdown, starting up). */
const GONE = /^(08|57P0[123])/;

/** `pg`'s own messages for a connect timeout and a dropped connection (they carry no code). */
const DROPPED =
  /timeout expired|Connection terminated|connection timeout|Client has encountered a connection error/i;

/** Why the server cannot be reached, or null when the failure is something else (SQL, constraint, data). */
export const unreachableReason = (e: unknown): string | null => {
  const code = field(e, 'code');
  if (code !== undefined && SOCKET_REASONS[code] !== undefined) {
    const address = field(e, 'address');
    const port = (e as { port?: unknown }).port;
    const where = address === undefined ? '' : ` at ${address}${typeof port === 'number' ? `:${port}` : ''}`;
    return `${SOCKET_REASONS[code]}${where}`;
  }
  const message = e instanceof Error ? e.message : String(e);
  if ((code !== undefined && GONE.test(code)) || DROPPED.test(message)) return message;
  return null;
};

/** A deadlock or serialization failure: the transaction rolled back and may simply be run again. */
export const isRetryable = (e: unknown): boolean => {
  const code = field(e, 'code');
  return code === '40P01' || code === '40001';
};

/** A failure while opening: unreachable server → SITREP_STORE_UNREACHABLE, anything else → SITREP_STORE_OPEN. */
export const openFailure = (display: string, e: unknown): SitrepError => {
  if (isSitrepError(e)) return e;
  const unreachable = unreachableReason(e);
  if (unreachable !== null) return sitrepError('SITREP_STORE_UNREACHABLE', display, unreachable);
  return sitrepError('SITREP_STORE_OPEN', display, e instanceof Error ? e.message : String(e));
};

/** A failed write: the transaction rolled back, so nothing was changed (or the server was lost). */
export const writeFailure = (display: string, e: unknown): SitrepError => {
  if (isSitrepError(e)) return e;
  const unreachable = unreachableReason(e);
  if (unreachable !== null) return sitrepError('SITREP_STORE_UNREACHABLE', display, unreachable);
  return sitrepError('SITREP_STORE_WRITE', e instanceof Error ? e.message : String(e));
};

/** A failed read: only a lost server is expected; anything else is a bug and stays as it is. */
export const readFailure = (display: string, e: unknown): unknown => {
  const unreachable = isSitrepError(e) ? null : unreachableReason(e);
  return unreachable === null ? e : sitrepError('SITREP_STORE_UNREACHABLE', display, unreachable);
};
