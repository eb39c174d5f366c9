import { describe, expect, it } from 'vitest';
import { packKeys, unpackKeys } from './packed-keys.js';

describe('packKeys / unpackKeys', () => {
  it.each([
    ['empty', []],
    ['one small key', [5]],
    ['zero first', [0, 1, 2]],
    ['gaps needing several bytes', [127, 128, 16_511, 2_000_000, 0xfffffffe, 0xffffffff]],
  ])('round trip: %s', (_, keys) => {
    const sorted = Uint32Array.from(keys);
    expect([...(unpackKeys(packKeys(sorted), sorted.length) ?? [-1])]).toEqual(keys.length ? keys : []);
  });

  it('stores about 2.5 bytes a key for 300k random keys', () => {
    let x = 1;
    const keys = Uint32Array.from({ length: 300_000 }, () => {
      x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0;
      return x;
    }).sort();
    const unique = Uint32Array.from(new Set(keys));
    const bytes = Buffer.from(packKeys(unique), 'base64').length;
    expect(bytes / unique.length).toBeLessThan(2.6);
  });

  it.each([
    ['fewer keys than asked', packKeys(Uint32Array.from([1, 2])), 3],
    ['more bytes than the keys use', packKeys(Uint32Array.from([1, 2])), 1],
    ['a repeated key', Buffer.from([1, 0]).toString('base64'), 2],
    ['a key past 32 bits', Buffer.from([0xff, 0xff, 0xff, 0xff, 0x1f]).toString('base64'), 1],
  ])('negative: null for %s', (_, packed, count) => {
    expect(unpackKeys(packed, count)).toBeNull();
  });
});
