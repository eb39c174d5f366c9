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
