import { sitrepError } from '../../errors/sitrep-error.js';

/** Where sitrep keeps its tables when the URL names no `schema`. */
export const DEFAULT_SCHEMA = 'sitrep';

/** A PostgreSQL schema name sitrep accepts: a plain lower-case identifier, so it needs no quoting. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface DatabaseUrl {
  /** The URL without sitrep's own `schema` parameter, as `pg` takes it. */
  readonly connectionString: string;
  readonly schema: string;
  /** The URL for messages: no password, no query but the schema when one is named. */
  readonly display: string;
}

/** True for `postgres://…` and `postgresql://…`; anything else is a SQLite file path. Imports no driver. */
export const isDatabaseUrl = (value: string): boolean => /^postgres(ql)?:\/\//i.test(value);

/** The URL with its password masked and its query dropped, safe to print. */
export const displayUrl = (url: URL): string =>
  `${url.protocol}//${url.username === '' ? '' : `${url.username}@`}${url.host}${url.pathname}`;

/**
 * Splits a `postgres://user[:password]@host[:port]/database[?schema=name&…]` URL into what `pg` connects to
 * and the schema sitrep keeps its tables in (default `sitrep`). A malformed URL or schema is a usage error.
 */
export const parseDatabaseUrl = (value: string): DatabaseUrl => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw sitrepError('SITREP_USAGE', 'the database URL is not a valid postgres:// URL');
  }
  if (!isDatabaseUrl(value)) throw sitrepError('SITREP_USAGE', `not a postgres:// URL: ${displayUrl(url)}`);
  const schema = url.searchParams.get('schema') ?? DEFAULT_SCHEMA;
  if (!SCHEMA_NAME.test(schema)) {
    throw sitrepError(
      'SITREP_USAGE',
      `schema "${schema}" in the database URL must be a lower-case identifier ([a-z_][a-z0-9_]*)`,
    );
  }
  const display = `${displayUrl(url)}${url.searchParams.has('schema') ? `?schema=${schema}` : ''}`;
  url.searchParams.delete('schema');
  return { connectionString: url.toString(), schema, display };
};
