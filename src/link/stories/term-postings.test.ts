import { describe, expect, it } from 'vitest';
import { termPostings } from './term-postings.js';

describe('termPostings', () => {
  it('spreads a term over the reports below n, weighted', () => {
    const p = termPostings();
    p.add('shelling', 0, 0.5);
    p.add('shelling', 2, 0.25);
    p.add('shelling', 3, 1);
    p.add('aleppo', 1, 1);
    const dot = new Float64Array(4);
    p.spread('shelling', 2, 3, dot);
    expect([...dot]).toEqual([1, 0, 0.5, 0]);
    p.spread('aleppo', 1, 4, dot);
    expect([...dot]).toEqual([1, 1, 0.5, 0]);
  });

  it.each([
    ['an unknown term', 'ceasefire', [0, 0]],
    ['n = 0', 'shelling', [0, 0]],
  ])('adds nothing for %s', (_, term, expected) => {
    const p = termPostings();
    p.add('shelling', 0, 1);
    const dot = new Float64Array(2);
    p.spread(term, 1, term === 'shelling' ? 0 : 2, dot);
    expect([...dot]).toEqual(expected);
  });

  it('keeps every posting as its arrays grow (past 4, 8, 16)', () => {
    const p = termPostings();
    for (let i = 0; i < 17; i += 1) p.add('t', i, i + 1);
    const dot = new Float64Array(17);
    p.spread('t', 2, 17, dot);
    expect([...dot]).toEqual(Array.from({ length: 17 }, (_, i) => 2 * (i + 1)));
  });
});
