import { ERROR_CODES, type ErrorCode } from './error-codes.js';

/** The only error type sitrep throws on purpose. Its message is one line. */
export class SitrepError extends Error {
  override readonly name = 'SitrepError';
  readonly code: ErrorCode;
  readonly exit: 1 | 2;
  readonly http: number;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.exit = ERROR_CODES[code].exit;
    this.http = ERROR_CODES[code].http;
  }
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Builds the coded error, filling each `%s` of the table's message with the next argument. */
export const sitrepError = (code: ErrorCode, ...args: readonly (string | number)[]): SitrepError => {
  let i = 0;
  const message = ERROR_CODES[code].message.replace(/%s/g, () => oneLine(String(args[i++] ?? '')));
  return new SitrepError(code, message);
};

/** Any thrown value as a SitrepError (unknown failures become SITREP_INTERNAL). */
export const asSitrepError = (e: unknown): SitrepError =>
  e instanceof SitrepError ? e : sitrepError('SITREP_INTERNAL', e instanceof Error ? e.message : String(e));

export const isSitrepError = (e: unknown, code?: ErrorCode): e is SitrepError =>
  e instanceof SitrepError && (code === undefined || e.code === code);
