import { describe, expect, it } from 'vitest';
import { leadText, subsample, unitHash } from './stories-perturb.js';

const item = (id: string) => ({ doc: { report: { id } } });

describe('unitHash', () => {
  it.each([
    ['', 0x811c9dc5 / 4294967296],
    ['a', 0xe40c292c / 4294967296],
    ['b', 0xe70c2de5 / 4294967296],
  ])('%j -> %f', (s, expected) => {
    expect(unitHash(s)).toBe(expected);
    expect(unitHash(s)).toBeGreaterThanOrEqual(0);
    expect(unitHash(s)).toBeLessThan(1);
  });
});

describe('subsample', () => {
  const items = Array.from({ length: 400 }, (_, i) => item(`d${i}`));
  it('keeps about the share asked, and the same items whatever their order', () => {
    const half = subsample(items, 0.5, 1);
    expect(half.length).toBeGreaterThan(160);
    expect(half.length).toBeLessThan(240);
    const ids = half.map((x) => x.doc.report.id);
    expect(subsample([...items].reverse(), 0.5, 1).map((x) => x.doc.report.id)).toEqual([...ids].reverse());
  });
  it.each([
    [0, 0],
    [1, 400],
  ])('share %f keeps %i', (share, n) => {
    expect(subsample(items, share, 3)).toHaveLength(n);
  });
  it('another seed draws another sample', () => {
    const a = subsample(items, 0.5, 1).map((x) => x.doc.report.id);
    const b = subsample(items, 0.5, 2).map((x) => x.doc.report.id);
    expect(a).not.toEqual(b);
  });
});

describe('leadText', () => {
  const text = 'One. Two two. Three.';
  const sentences = [
    { span: { start: 0, end: 4 } },
    { span: { start: 5, end: 13 } },
    { span: { start: 14, end: 20 } },
  ];
  it.each([
    [1, 'One.'],
    [2, 'One. Two two.'],
    [3, text],
    [5, text],
  ])('first %i sentences: %j', (n, expected) => {
    expect(leadText(text, sentences, n)).toBe(expected);
  });
  it('a text without sentences is kept whole', () => {
    expect(leadText(text, [], 5)).toBe(text);
  });
});
