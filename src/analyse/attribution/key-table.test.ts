import { describe, expect, it } from 'vitest';
import { findKey, findKeys, keyTable } from './key-table.js';

describe('keyTable', () => {
  // 16 and 48 share their low bits with 0x100010 (all land in one slot of a small table): probing must sort them out.
  const keys = Uint32Array.from([16, 48, 0x100010, 7, 0xffffffff]);
  const table = keyTable(keys);

  it.each([
    [16, 0],
    [48, 1],
    [0x100010, 2],
    [7, 3],
    [0xffffffff, 4],
  ])('finds key %i at row %i', (key, row) => {
    expect(findKey(table, key)).toBe(row);
  });

  it.each([0, 32, 0x1000010, 0x200010, 0xfffffffe])('negative: %i is not held', (key) => {
    expect(findKey(table, key)).toBe(-1);
  });

  it('looks up many keys at once', () => {
    expect([...findKeys(table, Uint32Array.from([7, 8, 48]))]).toEqual([3, -1, 1]);
  });

  it('keeps at least half its slots empty', () => {
    expect(table.slots.length / 2).toBeGreaterThanOrEqual(keys.length * 2);
    expect(keyTable(new Uint32Array(0)).slots.length).toBeGreaterThan(0);
  });
});
