import { describe, expect, it } from 'vitest';
import type { NerType } from '../../ner/ner-labels.js';
import { joinOrgRuns } from './join-org-runs.js';
import { tokenRuns } from './run-test-support.js';

/** Runs given as [surface, type], in text order, returned alike with their start offset. */
const joined = (text: string, runs: readonly (readonly [string, NerType | null])[]) => {
  const { tokens, input, surface, startOf } = tokenRuns(text, runs);
  return joinOrgRuns(text, tokens, input).map((r) => [surface(r), startOf(r), r.type]);
};

// A person's name opening an institution's name: the whole is one organisation.
describe('joinOrgRuns: a namesake institution', () => {
  it.each<[string, string, [string, NerType | null][], unknown[]]>([
    [
      'a person before an organisation ending in an organisation word is one organisation',
      'Doctors at the Harold Benning Cardiac Institute said so.',
      [
        ['Harold Benning', 'PER'],
        ['Cardiac Institute', 'MISC'],
      ],
      [['Harold Benning Cardiac Institute', 15, 'ORG']],
    ],
    [
      'negative: a comma between them keeps two names',
      'Harold Benning, Cardiac Institute director, spoke.',
      [
        ['Harold Benning', 'PER'],
        ['Cardiac Institute', 'ORG'],
      ],
      [
        ['Harold Benning', 0, 'PER'],
        ['Cardiac Institute', 16, 'ORG'],
      ],
    ],
    [
      'negative: an organisation with no organisation word at its end stays apart',
      'Ask Harold Benning Acme Widgets today.',
      [
        ['Harold Benning', 'PER'],
        ['Acme Widgets', 'ORG'],
      ],
      [
        ['Harold Benning', 4, 'PER'],
        ['Acme Widgets', 19, 'ORG'],
      ],
    ],
    [
      'negative: a place after the person stays apart',
      'Harold Benning Kansas City resident.',
      [
        ['Harold Benning', 'PER'],
        ['Kansas City', 'LOC'],
      ],
      [
        ['Harold Benning', 0, 'PER'],
        ['Kansas City', 15, 'LOC'],
      ],
    ],
  ])('%s', (_name, text, runs, rows) => {
    expect(joined(text, runs)).toEqual(rows);
  });
});
