import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveToken, tokenPath } from './server-token.js';

const dir = () => mkdtempSync(join(tmpdir(), 'sitrep-token-'));

describe('resolveToken', () => {
  it.each([
    [{ SITREP_TOKEN: ' abc ' }, { token: 'abc', origin: 'env' }],
    [{ SITREP_TOKEN: '' }, { origin: 'created' }],
    [{}, { origin: 'created' }],
  ])('with env %j gives %j', (env, expected) => {
    expect(resolveToken(join(dir(), 's.db'), env)).toMatchObject(expected);
  });

  it('creates the token once, private to the owner, and reads it back on the next start', () => {
    const db = join(dir(), 's.db');
    const first = resolveToken(db, {});
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(statSync(tokenPath(db)).mode & 0o777).toBe(0o600);
    expect(readFileSync(tokenPath(db), 'utf8')).toBe(`${first.token}\n`);
    expect(resolveToken(db, {})).toEqual({ token: first.token, origin: 'file' });
  });

  it('keeps a store in memory with a token in memory', () => {
    const a = resolveToken(':memory:', {});
    expect(a.origin).toBe('memory');
    expect(resolveToken(':memory:', {}).token).not.toBe(a.token);
  });
});
