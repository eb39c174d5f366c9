import { describe, expect, it } from 'vitest';
import type { DateRange } from '../../model/date.js';
import type { Modality } from '../../model/event-type.js';
import type { Stance } from '../../model/stance.js';
import { eventStatus, independentSources } from './event-status.js';
import type { Telling } from './event-telling.js';
import { mergeTellings } from './merge-tellings.js';

interface T {
  id: string;
  type?: string;
  modality?: Modality;
  range?: string | null;
  place?: string | null;
  actors?: string[];
  claimant?: string | null;
  stance?: Stance;
  doc?: string;
  outlet?: string;
  duplicateOf?: string | null;
  deniedClaim?: boolean;
  figures?: string[];
  published?: string | null;
  precision?: 'day' | 'year';
}
const telling = (t: T): Telling =>
  ({
    mention: {
      id: t.id,
      type: t.type ?? 'air_strike',
      modality: t.modality ?? 'happened',
      span: { start: 0, end: 4 },
    },
    doc: {
      report: {
        id: t.doc ?? t.id,
        outlet: t.outlet ?? t.id,
        duplicateOf: t.duplicateOf ?? null,
        published: t.published ?? null,
        text: `text${t.id}`,
      },
    },
    range: t.range
      ? ({
          start: t.precision === 'year' ? `${t.range.slice(0, 4)}-01-01` : t.range,
          end: t.precision === 'year' ? `${t.range.slice(0, 4)}-12-31` : t.range,
          precision: t.precision ?? 'day',
        } as DateRange)
      : null,
    placeId: t.place === undefined ? 'shaar' : t.place,
    actorIds: t.actors ?? [],
    evidence: { claimantId: t.claimant ?? null, stance: t.stance ?? 'asserts' },
    deniedClaim: t.deniedClaim ?? false,
    figureIds: t.figures ?? [],
  }) as unknown as Telling;
const groups = (ts: T[]) => mergeTellings(ts.map(telling)).map((g) => g.map((t) => t.mention.id));

describe('mergeTellings', () => {
  it.each([
    ['same type and place, one undated', [{ id: 'a', range: '2016-12-03' }, { id: 'b' }], [['a', 'b']]],
    ['another place', [{ id: 'a' }, { id: 'b', place: 'hanano' }], [['a'], ['b']]],
    ['another type', [{ id: 'a' }, { id: 'b', type: 'shelling' }], [['a'], ['b']]],
    [
      'dates apart',
      [
        { id: 'a', range: '2016-12-01' },
        { id: 'b', range: '2016-12-03' },
      ],
      [['a'], ['b']],
    ],
    ['happened meets denied', [{ id: 'a' }, { id: 'b', modality: 'denied' as const }], [['a', 'b']]],
    ['planned stays apart', [{ id: 'a' }, { id: 'b', modality: 'planned' as const }], [['a'], ['b']]],
    [
      'no place: a shared actor',
      [
        { id: 'a', place: null, actors: ['army'] },
        { id: 'b', place: null, actors: ['army'] },
      ],
      [['a', 'b']],
    ],
    [
      'two tolls of one report are two events',
      [
        { id: 'a', doc: 'd1', figures: ['f1'] },
        { id: 'b', doc: 'd1', figures: ['f2'] },
      ],
      [['a'], ['b']],
    ],
    [
      'negative: tolls of two reports are one event updated',
      [
        { id: 'a', doc: 'd1', figures: ['f1'] },
        { id: 'b', doc: 'd2', figures: ['f2'] },
      ],
      [['a', 'b']],
    ],
    [
      'negative: one report, a figure shared or missing',
      [
        { id: 'a', doc: 'd1', figures: ['f1'] },
        { id: 'b', doc: 'd1', figures: ['f1', 'f3'] },
        { id: 'c', doc: 'd1' },
      ],
      [['a', 'b', 'c']],
    ],
    [
      'negative: an undated telling does not join an event over a year before its report',
      [
        { id: 'a', doc: 'd1', range: '2009-01-10', published: '2012-11-16' },
        { id: 'b', doc: 'd1', published: '2012-11-16' },
      ],
      [['a'], ['b']],
    ],
    [
      'an undated telling joins an event of its report’s weeks',
      [
        { id: 'a', doc: 'd1', range: '2012-11-14', published: '2012-11-16' },
        { id: 'b', doc: 'd2', published: '2012-11-16' },
      ],
      [['a', 'b']],
    ],
    [
      'negative: in an undated report, an event dated by a year alone is history',
      [
        { id: 'a', doc: 'd1', range: '2009', precision: 'year' as const },
        { id: 'b', doc: 'd1' },
      ],
      [['a'], ['b']],
    ],
    [
      'no place, no shared actor',
      [
        { id: 'a', place: null, actors: ['army'] },
        { id: 'b', place: null, actors: ['rebels'] },
      ],
      [['a'], ['b']],
    ],
  ])('%s', (_, ts, expected) => {
    expect(groups(ts)).toEqual(expected);
  });
});

describe('eventStatus', () => {
  it.each([
    ['one voice', [{ id: 'a', claimant: 'sohr' }], 'reported', 1],
    [
      'the same voice twice',
      [
        { id: 'a', claimant: 'sohr' },
        { id: 'b', claimant: 'sohr' },
      ],
      'reported',
      1,
    ],
    ['two outlets', [{ id: 'a' }, { id: 'b' }], 'corroborated', 2],
    ['a wire copy counts once', [{ id: 'a' }, { id: 'b', duplicateOf: 'a' }], 'reported', 1],
    ['a denial', [{ id: 'a' }, { id: 'b' }, { id: 'c', stance: 'denies' as const }], 'disputed', 2],
    ['told inside a denied claim', [{ id: 'a', deniedClaim: true }], 'disputed', 1],
    [
      'a refusal to confirm vouches for nothing and disputes nothing',
      [{ id: 'a' }, { id: 'b', stance: 'declines' as const }],
      'reported',
      1,
    ],
  ])('%s', (_, ts, status, sources) => {
    const tellings = ts.map(telling);
    expect([eventStatus(tellings), independentSources(tellings)]).toEqual([status, sources]);
  });
});
