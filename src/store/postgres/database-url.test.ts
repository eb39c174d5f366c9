import { describe, expect, it } from 'vitest';
import { isSitrepError } from '../../errors/sitrep-error.js';
import { isDatabaseUrl, parseDatabaseUrl } from './database-url.js';

describe('isDatabaseUrl', () => {
  it.each([
    ['postgres://h/db', true],
    ['postgresql://u@h:5433/db', true],
    ['POSTGRES://h/db', true],
    ['sitrep.db', false],
    [':memory:', false],
    ['./postgres://x', false],
    ['mysql://h/db', false],
  ])('%s → %s', (value, expected) => {
    expect(isDatabaseUrl(value)).toBe(expected);
  });
});

describe('parseDatabaseUrl', () => {
  it.each([
    [
      'postgres://postgres@127.0.0.1:5432/test',
      {
        connectionString: 'postgres://postgres@127.0.0.1:5432/test',
        schema: 'sitrep',
        display: 'postgres://postgres@127.0.0.1:5432/test',
      },
    ],
    [
      'postgresql://u:pw@db.example:6543/news?schema=feed_2&sslmode=require',
      {
        connectionString: 'postgresql://u:pw@db.example:6543/news?sslmode=require',
        schema: 'feed_2',
        display: 'postgresql://u@db.example:6543/news?schema=feed_2',
      },
    ],
    [
      'postgres://h/db?schema=_x',
      { connectionString: 'postgres://h/db', schema: '_x', display: 'postgres://h/db?schema=_x' },
    ],
  ])('%s', (value, expected) => {
    expect(parseDatabaseUrl(value)).toEqual(expected);
  });

  it.each([
    [
      'postgres://h/db?schema=',
      'usage: schema "" in the database URL must be a lower-case identifier ([a-z_][a-z0-9_]*)',
    ],
    [
      'postgres://h/db?schema=1x',
      'usage: schema "1x" in the database URL must be a lower-case identifier ([a-z_][a-z0-9_]*)',
    ],
    [
      'postgres://h/db?schema=Sitrep',
      'usage: schema "Sitrep" in the database URL must be a lower-case identifier ([a-z_][a-z0-9_]*)',
    ],
    ['postgres://[::1/db', 'usage: the database URL is not a valid postgres:// URL'],
    ['mysql://u:pw@h/db', 'usage: not a postgres:// URL: mysql://u@h/db'],
  ])('refuses %s', (value, message) => {
    let error: unknown;
    try {
      parseDatabaseUrl(value);
    } catch (e) {
      error = e;
    }
    expect(isSitrepError(error, 'SITREP_USAGE') && error.message).toBe(message);
  });
});
