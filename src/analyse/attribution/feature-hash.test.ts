import { describe, expect, it } from 'vitest';
import { hashString, key1, key2, key3 } from './feature-hash.js';

describe('hashString (FNV-1a, 32-bit)', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('%j', (s, want) => {
    expect(hashString(s)).toBe(want);
  });
});

describe('feature keys', () => {
  it('are unsigned 32-bit integers', () => {
    for (const k of [key1(0, 0), key2(5, -1, 7), key3(9, 0xffffffff, 1, 2)]) {
      expect(Number.isInteger(k)).toBe(true);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(k).toBeLessThan(2 ** 32);
    }
  });

  it('are the same for the same template and facts', () => {
    expect(key2(15, hashString('said'), hashString('that'))).toBe(
      key2(15, hashString('said'), hashString('that')),
    );
  });

  it.each([
    ['another template', key1(1, 7), key1(2, 7)],
    ['another fact', key1(1, 7), key1(1, 8)],
    ['facts in the other order', key2(3, 1, 2), key2(3, 2, 1)],
    ['one fact more', key1(4, 0), key2(4, 0, 0)],
    ['facts differing only in high bits', key1(6, 0x10000000), key1(6, 0x20000000)],
  ])('negative: differ for %s', (_, a, b) => {
    expect(a).not.toBe(b);
  });

  it('spread over the low bits (the key table picks slots by them)', () => {
    const slots = new Set<number>();
    for (let t = 0; t < 64; t++) for (let x = 0; x < 64; x++) slots.add(key2(t, x, 0) & 0xfff);
    // 4096 keys into 4096 slots: about 63 % distinct when uniform.
    expect(slots.size).toBeGreaterThan(2400);
  });
});
