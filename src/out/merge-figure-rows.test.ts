import { describe, expect, it } from 'vitest';
import { mergeFigureRows } from './merge-figure-rows.js';
import type { FigureRow } from './view-types.js';

const row = (value: string, cites: number[], claimant = 'the report itself', asOf = '—'): FigureRow => ({
  value,
  claimant,
  asOf,
  window: '—',
  cites,
});

describe('mergeFigureRows', () => {
  it.each([
    ['a figure printed twice: one row', [row('≈40', [3]), row('≈40', [3])], [row('≈40', [3])]],
    ['a wire copy: one row, both citations', [row('12', [1]), row('12', [7])], [row('12', [1, 7])]],
    [
      'the first place kept',
      [row('12', [1]), row('9', [2]), row('12', [4])],
      [row('12', [1, 4]), row('9', [2])],
    ],
    ['negative: another value', [row('12', [1]), row('13', [2])], [row('12', [1]), row('13', [2])]],
    [
      'negative: another claimant',
      [row('12', [1]), row('12', [2], 'the ministry')],
      [row('12', [1]), row('12', [2], 'the ministry')],
    ],
    [
      'negative: another date',
      [row('12', [1], 'x', '2021-05-01'), row('12', [2], 'x', '2021-05-02')],
      [row('12', [1], 'x', '2021-05-01'), row('12', [2], 'x', '2021-05-02')],
    ],
    ['no rows', [], []],
  ])('%s', (_, rows, expected) => expect(mergeFigureRows(rows)).toEqual(expected));
});
