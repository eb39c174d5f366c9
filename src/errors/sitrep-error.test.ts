import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './error-codes.js';
import { asSitrepError, isSitrepError, SitrepError, sitrepError } from './sitrep-error.js';

describe('sitrepError', () => {
  it.each([
    ['SITREP_INPUT_EMPTY', ['a.txt'], 'a.txt: input is empty', 2],
    [
      'SITREP_INPUT_TOO_LARGE',
      ['big.txt', 104857600, 52428800],
      'big.txt: input is 104857600 bytes, over the limit of 52428800 bytes',
      2,
    ],
    [
      'SITREP_INPUT_JSON',
      ['r.jsonl', 3, 'Unexpected token\n x'],
      'r.jsonl: broken JSON on line 3: Unexpected token x',
      2,
    ],
    [
      'SITREP_STAGE_ORDER',
      ['analyse.time@1', 'sentences'],
      'stage analyse.time@1 requires layer "sentences", which no earlier stage provides',
      1,
    ],
  ] as const)('%s formats one line', (code, args, message, exit) => {
    const e = sitrepError(code, ...args);
    expect(e).toBeInstanceOf(SitrepError);
    expect(e.message).toBe(message);
    expect(e.code).toBe(code);
    expect(e.exit).toBe(exit);
  });

  it('every table entry has a one-line message and a valid exit status', () => {
    for (const [code, entry] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^SITREP_[A-Z_]+$/);
      expect(entry.message).not.toMatch(/\n/);
      expect([1, 2]).toContain(entry.exit);
    }
  });

  it('wraps unknown failures as internal errors, keeps coded ones', () => {
    expect(asSitrepError(new TypeError('boom')).code).toBe('SITREP_INTERNAL');
    expect(asSitrepError('str').message).toBe('internal error: str');
    const coded = sitrepError('SITREP_USAGE', 'x');
    expect(asSitrepError(coded)).toBe(coded);
    expect(isSitrepError(coded, 'SITREP_USAGE')).toBe(true);
    expect(isSitrepError(coded, 'SITREP_INTERNAL')).toBe(false);
    expect(isSitrepError(new Error('x'))).toBe(false);
  });
});
