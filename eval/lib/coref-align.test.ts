import { describe, expect, it } from 'vitest';
import { alignMentions, type CorefDoc, type GoldMention, unionLabels } from './coref-align.js';

const TEXT = "The Syrian Observatory said Trump's aide met the monitor in Aleppo.";
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const g = (s: string, chain: string): GoldMention => ({ ...at(s), chain, type: 'organization', named: true });
const doc = (gold: GoldMention[], outOfScope = [at('Aleppo')], nestedAnnotated = true): CorefDoc => ({
  name: 'd',
  topic: 'd',
  text: TEXT,
  gold,
  outOfScope,
  nestedAnnotated,
  scored: null,
});

describe('alignMentions', () => {
  it.each([
    ['exact span', [g('Syrian Observatory', 'a')], [at('Syrian Observatory')], [0]],
    ['gold with a determiner before', [g('The Syrian Observatory', 'a')], [at('Syrian Observatory')], [0]],
    ['possessive on the system side', [g('Trump', 'b')], [at("Trump's")], [0]],
    ['innermost of nested gold', [g("Trump's aide", 'c'), g('aide', 'd')], [at('aide')], [1]],
    // Negatives.
    ['a different end', [g('The Syrian Observatory', 'a')], [at('Syrian')], [-1]],
    ['a gold mention is taken once', [g('monitor', 'e')], [at('monitor'), at('monitor')], [0, -1]],
  ])('%s', (_case, gold, system, expected) => {
    expect(alignMentions(TEXT, gold, system)).toEqual(expected);
  });
});

describe('unionLabels', () => {
  it('keeps missed gold and spurious system mentions as singletons, and drops out-of-scope ones', () => {
    const gold = [g('The Syrian Observatory', 'a'), g('the monitor', 'a'), g('Trump', 'b')];
    const system = [
      { ...at('Syrian Observatory'), chain: 'x' },
      { ...at('monitor'), chain: 'x' },
      { ...at('aide'), chain: 'x' },
      { ...at('Aleppo'), chain: 'x' },
    ];
    expect(unionLabels([{ doc: doc(gold), gold, system }])).toEqual({
      gold: ['a', 'a', 'b', '~spurious1'],
      pred: ['x', 'x', '~miss0', 'x'],
    });
  });

  it('leaves out system mentions nested in a gold mention where nesting is not annotated', () => {
    const gold = [g("Trump's aide", 'c')];
    const system = [{ ...at('Trump'), chain: 'y' }];
    expect(unionLabels([{ doc: doc(gold, [], false), gold, system }])).toEqual({
      gold: ['c'],
      pred: ['~miss0'],
    });
    expect(unionLabels([{ doc: doc(gold, [], true), gold, system }])).toEqual({
      gold: ['c', '~spurious1'],
      pred: ['~miss0', 'y'],
    });
  });
});
