import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import type { NerType } from '../../ner/ner-labels.js';
import { segmentStage } from '../segment/segment-stage.js';
import { repairRuns } from './tagger-name-runs.js';

/** The repaired runs of one run given as [surface, type], as [surface, type, start]. */
const repaired = (text: string, run: string, type: NerType | null) => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  const { tokens } = segmentStage.run({}, ctx);
  const start = text.indexOf(run);
  const first = tokens.findIndex((t) => t.span.start === start);
  const last = tokens.findIndex((t) => t.span.end === start + run.length);
  return repairRuns(text, tokens, [{ first, last, type }]).map((r) => [
    text.slice(tokens[r.first]!.span.start, tokens[r.last]!.span.end),
    r.type,
    tokens[r.first]!.span.start,
  ]);
};

// A family name and a hyphened given name ending in a lower-case syllable are one person's name, whatever the
// tagger's type; a place or name with a modifier's tail after the hyphen loses the tail.
describe('repairRuns: a family name and a hyphened given name', () => {
  it.each([
    [
      'read as MISC',
      'Trump spoke with Moon Jae-in on Monday.',
      'Moon Jae-in',
      'MISC',
      [['Moon Jae-in', 'PER', 17]],
    ],
    ['untyped', 'A letter from Ban Ki-moon came.', 'Ban Ki-moon', null, [['Ban Ki-moon', 'PER', 14]]],
    ['read as a person', 'Leader Kim Jong-un left.', 'Kim Jong-un', 'PER', [['Kim Jong-un', 'PER', 7]]],
    [
      'negative: a modifier tail',
      'A New York-area firm grew.',
      'New York-area',
      'LOC',
      [['New York', null, 2]],
    ],
    [
      'negative: a participle tail',
      'A Hong Kong-based bank grew.',
      'Hong Kong-based',
      'LOC',
      [['Hong Kong', null, 2]],
    ],
    ['negative: one word before the hyphen', 'The Jae-in fans left.', 'Jae-in', 'MISC', [['Jae', null, 4]]],
    [
      'negative: a long word before the hyphen is no syllable',
      'The Wall Street-only fund grew.',
      'Wall Street-only',
      'MISC',
      [['Wall Street', null, 4]],
    ],
  ] as const)('%s', (_name, text, run, type, want) => {
    expect(repaired(text, run, type)).toEqual(want);
  });
});
