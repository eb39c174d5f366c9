import { describe, expect, it } from 'vitest';
import { nameFreeWords, signatureSimilarity, storySignatures } from './story-signature.js';

/** The spans of `names` in `text` (each its first occurrence). */
const spansOf = (text: string, names: readonly string[]) =>
  names.map((n) => ({ span: { start: text.indexOf(n), end: text.indexOf(n) + n.length } }));

describe('nameFreeWords', () => {
  it.each<[string, string, readonly string[], string[]]>([
    [
      'names and places are left out, what happened stays',
      'Police allege Eric Allen Kirkpatrick opened fire at a Vancouver office party.',
      ['Eric Allen Kirkpatrick', 'Vancouver'],
      ['police', 'allege', 'opened', 'fire', 'office', 'party'],
    ],
    [
      'a mention inside another is left out once',
      'Gunman Anthony LaCalamita shot three at Gordon Advisors in Troy.',
      ['Anthony LaCalamita', 'LaCalamita', 'Gordon Advisors', 'Troy'],
      ['gunman', 'shot', 'three'],
    ],
    [
      'negative: with no entities every content word stays',
      'The office shooting.',
      [],
      ['office', 'shooting'],
    ],
  ])('%s', (_, text, names, expected) => {
    expect(nameFreeWords(text, spansOf(text, names))).toEqual(expected);
  });
});

describe('storySignatures / signatureSimilarity', () => {
  // two office shootings (stories 0 and 1, two reports each, their names already left out) and a flood (2)
  const words = [
    ['gunman', 'office', 'party', 'shooting', 'charged', 'murder'],
    ['office', 'party', 'shooting', 'killed', 'christmas'],
    ['office', 'shooting', 'accounting', 'firm', 'charged'],
    ['accounting', 'firm', 'shooting', 'shotgun', 'office'],
    ['river', 'flood', 'rain', 'houses', 'evacuated'],
  ];
  const stories = [[0, 1], [2, 3], [4]];

  it('keeps each story its most distinctive words, at most `terms` of them (ties by the word)', () => {
    const [a, b, c] = storySignatures(words, stories, 3);
    expect([...a!].map(([w, x]) => [w, Number(x.toFixed(3))])).toEqual([
      ['party', 0.638],
      ['office', 0.544],
      ['shooting', 0.544],
    ]);
    expect([...b!.keys()]).toEqual(['accounting', 'firm', 'office']);
    expect([...c!.keys()]).toEqual(['evacuated', 'flood', 'houses']);
  });

  it.each([
    [0, 1, 20, 0.427],
    [0, 1, 3, 0.281],
    [0, 2, 20, 0],
    [1, 2, 20, 0],
  ])('stories %i and %i over %i terms: %f (negative: a flood meets no shooting)', (a, b, terms, expected) => {
    const s = storySignatures(words, stories, terms);
    expect(signatureSimilarity(s[a]!, s[b]!)).toBeCloseTo(expected, 3);
  });

  it('gives a story without words an empty signature, similar to nothing', () => {
    const [empty, flood] = storySignatures([[], ['flood']], [[0], [1]], 20);
    expect(empty!.size).toBe(0);
    expect(signatureSimilarity(empty!, flood!)).toBe(0);
  });
});
