import { describe, expect, it } from 'vitest';
import { mergeClaimLines } from './merge-claim-lines.js';
import type { ClaimLine } from './view-types.js';

const line = (quote: string, cites: number[], stance = 'asserts', cue = 'said'): ClaimLine => ({
  stance,
  cue,
  quote,
  cites,
});

describe('mergeClaimLines', () => {
  it.each([
    [
      'a wire copy: one line, both citations',
      [line('troops took the town', [1]), line('troops took the town', [4])],
      [line('troops took the town', [1, 4])],
    ],
    [
      'the cue in another case is the same cue',
      [line('X', [1], 'asserts', 'Said'), line('X', [2])],
      [line('X', [1, 2], 'asserts', 'Said')],
    ],
    ['a citation read twice is cited once', [line('X', [1, 2]), line('X', [2, 3])], [line('X', [1, 2, 3])]],
    [
      'the same quotation in two reports, curly and straight apostrophes: one line',
      [line('We won’t  leave the valley', [1]), line("We won't leave the valley.", [5])],
      [line('We won’t  leave the valley', [1, 5])],
    ],
    [
      'the same words under another cue: one line naming both cues',
      [
        line('the pass is closed', [2]),
        line('the pass is closed', [6], 'asserts', 'told'),
        line('the pass is closed', [7], 'asserts', 'Told'),
      ],
      [line('the pass is closed', [2, 6, 7], 'asserts', 'said, told')],
    ],
    [
      'no cue (a colon) and a cue: the cue alone',
      [line('the pass is closed', [2], 'asserts', ''), line('the pass is closed', [6])],
      [line('the pass is closed', [2, 6], 'asserts', 'said')],
    ],
    [
      'negative: other words stay apart',
      [line('troops took the town', [1]), line('troops took the city', [2])],
      [line('troops took the town', [1]), line('troops took the city', [2])],
    ],
    [
      'negative: another stance stays apart',
      [line('X', [1]), line('X', [2], 'denies', 'denied')],
      [line('X', [1]), line('X', [2], 'denies', 'denied')],
    ],
    ['no lines', [], []],
  ])('%s', (_, lines, expected) => expect(mergeClaimLines(lines)).toEqual(expected));
});
