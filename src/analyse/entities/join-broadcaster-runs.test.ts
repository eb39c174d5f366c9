import { describe, expect, it } from 'vitest';
import type { NerType } from '../../ner/ner-labels.js';
import { joinBroadcasterRuns } from './join-broadcaster-runs.js';
import { tokenRuns } from './run-test-support.js';

/** Runs given as [surface, type] in text order, joined, and returned alike. */
const joined = (text: string, runs: readonly (readonly [string, NerType | null])[]) => {
  const { tokens, input, surface } = tokenRuns(text, runs);
  return joinBroadcasterRuns(text, tokens, input).map((r) => [surface(r), r.type]);
};

describe('joinBroadcasterRuns', () => {
  it.each([
    [
      'a name, its channel number and a medium word the tagger missed',
      'A spokesman told Gallia 12 TV on Monday.',
      [['Gallia', 'LOC']],
      [['Gallia 12 TV', 'ORG']],
    ],
    [
      'a medium run after the number joins the name before it',
      'Rivertown 5 Radio said so.',
      [
        ['Rivertown', 'LOC'],
        ['Radio', 'ORG'],
      ],
      [['Rivertown 5 Radio', 'ORG']],
    ],
    [
      'a medium word, then the number',
      'He watched Channel 7 News and Kanal Radio 3 at night.',
      [
        ['Channel', 'ORG'],
        ['Kanal Radio', 'ORG'],
      ],
      [
        ['Channel 7 News', 'ORG'],
        ['Kanal Radio 3', 'ORG'],
      ],
    ],
    [
      'negative: a number with no medium word beside it stays out',
      'Gallia 12 players won and Tomboro 3 said so.',
      [
        ['Gallia', 'LOC'],
        ['Tomboro', 'LOC'],
      ],
      [
        ['Gallia', 'LOC'],
        ['Tomboro', 'LOC'],
      ],
    ],
    [
      'negative: a medium word in lower case is no name part',
      'Gallia 12 tv crews left.',
      [['Gallia', 'LOC']],
      [['Gallia', 'LOC']],
    ],
  ] as const)('%s', (_name, text, runs, want) => {
    expect(joined(text, runs)).toEqual(want);
  });
});
