import { describe, expect, it } from 'vitest';
import type { PictureFigure } from '../../model/picture.js';
import { seriesConflicts } from './series-conflicts.js';

let n = 0;
const fig = (p: Partial<PictureFigure>): PictureFigure => ({
  id: `f${++n}`,
  measure: 'killed',
  what: 'civilians',
  value: null,
  low: null,
  high: null,
  unit: 'people',
  approximate: false,
  asOf: null,
  window: null,
  placeId: 'e:aleppo',
  claimantId: null,
  evidence: [{ documentId: 'd1', start: 0, end: 1 }],
  seriesKey: `killed|people|${p.placeId ?? 'e:aleppo'}|people`,
  ...p,
});
const voice = (f: PictureFigure) => f.claimantId ?? 'Outlet';
const run = (fs: PictureFigure[]) => seriesConflicts(fs, voice).map((c) => [c.kind, c.itemIds, c.note]);

describe('seriesConflicts', () => {
  it.each([
    [
      'later figure → evolution',
      [
        fig({ id: 'a', value: 300, asOf: '2016-12-01' as never }),
        fig({ id: 'b', value: 310, approximate: true, asOf: '2016-12-03' as never, claimantId: 'SOHR' }),
      ],
      [['evolution', ['a', 'b'], 'killed: 300 (Outlet, 2016-12-01) → ≈310 (SOHR, 2016-12-03)']],
    ],
    [
      'same day, same window, disjoint → contradiction',
      [
        fig({ id: 'a', value: 40, asOf: '2016-12-03' as never }),
        fig({ id: 'b', value: 310, approximate: true, asOf: '2016-12-03' as never }),
      ],
      [['contradiction', ['a', 'b'], 'killed: 40 (Outlet, 2016-12-03) vs ≈310 (Outlet, 2016-12-03)']],
    ],
    [
      'same day, overlapping bounds → nothing',
      [
        fig({ id: 'a', low: 69, asOf: '2016-12-03' as never }),
        fig({ id: 'b', value: 310, asOf: '2016-12-03' as never }),
      ],
      [],
    ],
    [
      'same day, different windows → nothing',
      [
        fig({
          id: 'a',
          value: 300000,
          asOf: '2016-12-03' as never,
          window: { start: '2011-03-01' as never, end: '2016-12-03' as never },
        }),
        fig({
          id: 'b',
          value: 310,
          asOf: '2016-12-03' as never,
          window: { start: '2016-11-15' as never, end: '2016-12-03' as never },
        }),
      ],
      [],
    ],
    [
      'same measure in another place → no series',
      [
        fig({ id: 'a', value: 40, asOf: '2016-12-01' as never }),
        fig({ id: 'b', value: 310, asOf: '2016-12-03' as never, placeId: 'e:mosul' }),
      ],
      [],
    ],
    [
      'unchanged value → no evolution; undated → ignored',
      [
        fig({ id: 'a', value: 40, asOf: '2016-12-01' as never }),
        fig({ id: 'b', value: 40, asOf: '2016-12-03' as never }),
        fig({ id: 'c', value: 1 }),
      ],
      [],
    ],
  ])('%s', (_, figures, expected) => {
    expect(run(figures)).toEqual(expected);
  });
});
