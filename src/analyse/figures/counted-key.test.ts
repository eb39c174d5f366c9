import { describe, expect, it } from 'vitest';
import { countedKey } from './counted-key.js';
import { runFigures } from './run-figures.js';

describe('countedKey', () => {
  it.each([
    ['dead', null],
    ['wounded', null],
    ['behaviours', 'behaviors'],
    ['behaviors', 'behaviors'],
    ['people', 'people'],
    [null, null],
  ])('%s → %s', (what, want) => {
    expect(countedKey(what)).toBe(want);
  });
});

describe('figuresStage: counted nouns stored', () => {
  it.each([
    ['an adjective for people', 'Officials counted 12 dead in the town.', '12 dead', null, 'people'],
    ['negative: a people noun', 'Officials counted 12 bodies in the town.', '12 bodies', 'bodies', null],
    ['a British spelling', 'The study listed 40 behaviours in all.', '40 behaviours', 'behaviors', null],
  ])('%s', (_, text, span, what, unit) => {
    const f = runFigures(text, '2016-12-03').figures[0]!;
    expect(text.slice(f.span.start, f.span.end)).toBe(span);
    expect(f.what).toBe(what);
    if (unit !== null) expect(f.unit).toBe(unit);
  });
});
