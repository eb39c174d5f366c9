import { describe, expect, it } from 'vitest';
import type { NerType } from '../../ner/ner-labels.js';
import { joinSplitRuns } from './join-split-runs.js';
import { tokenRuns } from './run-test-support.js';

/** Runs given as [surface, type], in text order, joined; returned as [surface, type, start]. */
const joined = (text: string, runs: readonly (readonly [string, NerType | null])[]) => {
  const { tokens, input, surface, startOf } = tokenRuns(text, runs);
  return joinSplitRuns(text, tokens, input).map((r) => [surface(r), r.type, startOf(r)]);
};

describe('joinSplitRuns', () => {
  it.each([
    [
      'a name the tagger split is joined when the document names it whole',
      'Joseph Van Wert was held. Women went to Van Wert apartment.',
      [
        ['Joseph Van Wert', 'PER'],
        ['Van', 'LOC'],
        ['Wert', 'PER'],
      ],
      [
        ['Joseph Van Wert', 'PER', 0],
        ['Van Wert', null, 40],
      ],
    ],
    [
      'negative: no whole name elsewhere keeps two names',
      'Women went to Van Wert apartment.',
      [
        ['Van', 'LOC'],
        ['Wert', 'PER'],
      ],
      [
        ['Van', 'LOC', 14],
        ['Wert', 'PER', 18],
      ],
    ],
    [
      'negative: runs apart by a comma stay apart',
      'Joseph Van Wert was held. Women went to Van, Wert said.',
      [
        ['Joseph Van Wert', 'PER'],
        ['Van', 'LOC'],
        ['Wert', 'PER'],
      ],
      [
        ['Joseph Van Wert', 'PER', 0],
        ['Van', 'LOC', 40],
        ['Wert', 'PER', 45],
      ],
    ],
  ] as const)('%s', (_name, text, runs, want) => {
    expect(joined(text, runs)).toEqual(want);
  });
});
