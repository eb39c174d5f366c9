import { describe, expect, it } from 'vitest';
import type { PictureFigure } from '../../model/picture.js';
import { seriesConflicts } from './series-conflicts.js';

let n = 0;
const fig = (p: Partial<PictureFigure> & { doc?: string }): PictureFigure => {
  const { doc = 'd1', ...rest } = p;
  return {
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
    claimantSpan: null,
    coClaimantIds: [],
    evidence: [{ documentId: doc, start: 0, end: 1 }],
    seriesKey: `${rest.measure ?? 'killed'}|people|${rest.placeId ?? 'e:aleppo'}|people`,
    ...rest,
  };
};
const d = (s: string) => s as never;
const since = (start: string, end: string) => ({ start: d(start), end: d(end) });
const voice = (f: PictureFigure) => f.claimantId ?? 'Outlet';
const run = (fs: PictureFigure[]) => seriesConflicts(fs, voice).map((c) => [c.kind, c.itemIds, c.note]);
const share = (p: Partial<PictureFigure> & { doc?: string }) =>
  fig({ measure: 'share_controlled', unit: 'share', ...p });

describe('seriesConflicts', () => {
  it.each([
    [
      'later figure → evolution',
      [
        fig({ id: 'a', value: 300, asOf: d('2016-12-01') }),
        fig({ id: 'b', value: 310, approximate: true, asOf: d('2016-12-03'), claimantId: 'SOHR' }),
      ],
      [['evolution', ['a', 'b'], 'killed: 300 (Outlet), 2016-12-01 → ≈310 (SOHR), 2016-12-03']],
    ],
    [
      'one evolution per pair of days, naming every voice of both days',
      [
        share({ id: 'a', value: 0.4444, asOf: d('2016-11-28'), claimantId: 'army' }),
        share({ id: 'b', low: 0.5, asOf: d('2016-12-03'), doc: 'd2' }),
        share({
          id: 'c',
          value: 0.6,
          approximate: true,
          asOf: d('2016-12-03'),
          claimantId: 'SOHR',
          doc: 'd2',
        }),
      ],
      [
        [
          'evolution',
          ['a', 'b', 'c'],
          'share_controlled: ≈0.44 (army), 2016-11-28 → ≥0.5 (Outlet) / ≈0.6 (SOHR), 2016-12-03',
        ],
      ],
    ],
    [
      'stock measure, same day, independent voices, disjoint → contradiction',
      [
        share({ id: 'a', value: 0.3, asOf: d('2016-12-03'), claimantId: 'rebels' }),
        share({ id: 'b', value: 0.6, asOf: d('2016-12-03'), claimantId: 'SOHR' }),
      ],
      [['contradiction', ['a', 'b'], 'share_controlled: 0.3 (rebels) vs 0.6 (SOHR), 2016-12-03']],
    ],
    [
      'cumulative counts from the same start, other report, disjoint → contradiction',
      [
        fig({ id: 'a', value: 40, asOf: d('2016-12-03'), window: since('2016-11-15', '2016-12-03') }),
        fig({
          id: 'b',
          value: 310,
          asOf: d('2016-12-03'),
          window: since('2016-11-15', '2016-12-03'),
          doc: 'd2',
        }),
      ],
      [['contradiction', ['a', 'b'], 'killed: 40 (Outlet) vs 310 (Outlet), 2016-12-03']],
    ],
    [
      'a running total told lower later → contradiction (and the change)',
      [
        fig({ id: 'a', value: 310, asOf: d('2016-12-01'), window: since('2016-11-15', '2016-12-01') }),
        fig({
          id: 'b',
          value: 200,
          asOf: d('2016-12-03'),
          window: since('2016-11-15', '2016-12-03'),
          doc: 'd2',
        }),
      ],
      [
        [
          'contradiction',
          ['a', 'b'],
          'killed since 2016-11-15 fell: 310 (Outlet), 2016-12-01 → 200 (Outlet), 2016-12-03',
        ],
        ['evolution', ['a', 'b'], 'killed: 310 (Outlet), 2016-12-01 → 200 (Outlet), 2016-12-03'],
      ],
    ],
    [
      'two incident counts by one voice in one report → nothing ("at least 69" vs "five")',
      [
        fig({ id: 'a', low: 69, asOf: d('2016-12-03'), claimantId: 'SOHR' }),
        fig({ id: 'b', value: 5, asOf: d('2016-12-03'), claimantId: 'SOHR' }),
      ],
      [],
    ],
    [
      'incident counts (no windows) from two reports → nothing',
      [
        fig({ id: 'a', value: 40, asOf: d('2016-12-03') }),
        fig({ id: 'b', value: 5, asOf: d('2016-12-03'), doc: 'd2' }),
      ],
      [],
    ],
    [
      'cumulative against a fresh count → nothing',
      [
        fig({ id: 'a', value: 310, asOf: d('2016-12-03'), window: since('2016-11-15', '2016-12-03') }),
        fig({ id: 'b', value: 5, asOf: d('2016-12-03'), doc: 'd2' }),
      ],
      [],
    ],
    [
      'same day, overlapping bounds → nothing',
      [
        share({ id: 'a', low: 0.5, asOf: d('2016-12-03') }),
        share({ id: 'b', value: 0.6, asOf: d('2016-12-03'), claimantId: 'SOHR' }),
      ],
      [],
    ],
    [
      'same day, windows from different starts → nothing',
      [
        fig({ id: 'a', value: 300000, asOf: d('2016-12-03'), window: since('2011-03-01', '2016-12-03') }),
        fig({
          id: 'b',
          value: 310,
          asOf: d('2016-12-03'),
          window: since('2016-11-15', '2016-12-03'),
          doc: 'd2',
        }),
      ],
      [],
    ],
    [
      'same measure in another place → no series',
      [
        fig({ id: 'a', value: 40, asOf: d('2016-12-01') }),
        fig({ id: 'b', value: 310, asOf: d('2016-12-03'), placeId: 'e:mosul' }),
      ],
      [],
    ],
    [
      'unchanged value → no evolution; undated → ignored',
      [
        fig({ id: 'a', value: 40, asOf: d('2016-12-01') }),
        fig({ id: 'b', value: 40, asOf: d('2016-12-03') }),
        fig({ id: 'c', value: 1 }),
      ],
      [],
    ],
    [
      'undated figure of another voice, disjoint from the latest day → discrepancy (the earlier day not named)',
      [
        share({ id: 'a', value: 0.3, asOf: d('2016-11-20'), claimantId: 'army' }),
        share({ id: 'b', high: 0.5, approximate: true, asOf: d('2016-11-28'), claimantId: 'army' }),
        share({ id: 'c', low: 0.5, doc: 'd2' }),
        share({ id: 'd', value: 0.6, approximate: true, claimantId: 'SOHR', doc: 'd2' }),
      ],
      [
        ['evolution', ['a', 'b'], 'share_controlled: 0.3 (army), 2016-11-20 → ≤0.5 (army), 2016-11-28'],
        [
          'discrepancy',
          ['b', 'c', 'd'],
          'share_controlled: ≤0.5 (army), 2016-11-28; ≥0.5 (Outlet) / ≈0.6 (SOHR), date unknown',
        ],
      ],
    ],
    [
      'only undated figures, two reports, disjoint → discrepancy',
      [fig({ id: 'a', value: 12 }), fig({ id: 'b', value: 40, doc: 'd2' })],
      [['discrepancy', ['a', 'b'], 'killed: 12 (Outlet) / 40 (Outlet), date unknown']],
    ],
    [
      'one undated report’s total and a part of it, another report’s count between → the totals only',
      [fig({ id: 'a', value: 4 }), fig({ id: 'b', value: 2 }), fig({ id: 'c', value: 3, doc: 'd2' })],
      [['discrepancy', ['a', 'c'], 'killed: 4 (Outlet) / 3 (Outlet), date unknown']],
    ],
    [
      'a part of one report’s total below another report’s equal total → nothing',
      [fig({ id: 'a', value: 4 }), fig({ id: 'b', value: 2 }), fig({ id: 'c', value: 4, doc: 'd2' })],
      [],
    ],
    [
      'negative: two voices of one report are not one report’s total and its part',
      [
        fig({ id: 'a', value: 4 }),
        fig({ id: 'b', value: 2, claimantId: 'police' }),
        fig({ id: 'c', value: 4, doc: 'd2' }),
      ],
      [['discrepancy', ['a', 'b', 'c'], 'killed: 4 (Outlet) / 2 (police) / 4 (Outlet), date unknown']],
    ],
    [
      'undated figure overlapping the latest day → nothing',
      [
        fig({ id: 'a', low: 300, high: 400, asOf: d('2016-12-01') }),
        fig({ id: 'b', value: 310, approximate: true, claimantId: 'SOHR', doc: 'd2' }),
      ],
      [],
    ],
    [
      'undated and earlier-day figures disjoint, latest day overlapping → nothing',
      [
        fig({ id: 'a', value: 10, asOf: d('2016-11-01'), doc: 'd3' }),
        fig({ id: 'b', value: 300, asOf: d('2016-12-01') }),
        fig({ id: 'c', value: 300, doc: 'd2' }),
      ],
      [['evolution', ['a', 'b'], 'killed: 10 (Outlet), 2016-11-01 → 300 (Outlet), 2016-12-01']],
    ],
    [
      'two voices in one undated report, disjoint → nothing (no discrepancy of dates)',
      [fig({ id: 'a', value: 5, claimantId: 'SOHR' }), fig({ id: 'b', value: 50, claimantId: 'army' })],
      [],
    ],
    [
      'undated counts of anything (measure other) → nothing',
      [
        fig({ id: 'a', measure: 'other', value: 5, asOf: d('2016-12-01') }),
        fig({ id: 'b', measure: 'other', value: 50, doc: 'd2' }),
      ],
      [],
    ],
    [
      'one voice in one report, dated and undated values → not independent, nothing',
      [fig({ id: 'a', value: 5, claimantId: 'SOHR' }), fig({ id: 'b', value: 50, claimantId: 'SOHR' })],
      [],
    ],
  ])('%s', (_, figures, expected) => {
    expect(run(figures)).toEqual(expected);
  });
});
