import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../model/date.js';
import type {
  Citation,
  EventStatus,
  PictureEntity,
  PictureEvent,
  PictureFigure,
} from '../../model/picture.js';
import { buildControl } from './build-control.js';

const place = (id: string, precision: 'district' | 'city' | 'point'): PictureEntity => ({
  id,
  name: id,
  type: 'place',
  aliases: [],
  mentions: [],
  geo: { lat: 36.2, lon: 37.1, precision, gazetteerId: null },
});

interface EventSpec {
  readonly id: string;
  readonly place?: string | null;
  readonly actors?: readonly string[];
  readonly date?: string | null;
  readonly type?: string;
  readonly modality?: string;
  readonly status?: EventStatus;
  readonly doc?: string;
  readonly claimant?: string | null;
  readonly stance?: 'asserts' | 'denies' | 'confirms';
  readonly extent?: 'whole' | 'part' | null;
}

const event = (s: EventSpec): PictureEvent => ({
  id: s.id,
  type: s.type ?? 'territory_change',
  summary: s.id,
  date: s.date ? { start: s.date as IsoDate, end: s.date as IsoDate, precision: 'day' } : null,
  placeId: s.place === undefined ? 'hanano' : s.place,
  actorIds: s.actors ?? ['army'],
  targetIds: [],
  figureIds: [],
  evidence: [
    {
      documentId: s.doc ?? 'd1',
      start: 0,
      end: 5,
      claimantId: s.claimant ?? null,
      stance: s.stance ?? 'asserts',
      triggerStart: 0,
      triggerEnd: 5,
      producer: 'test@1',
    },
  ],
  status: s.status ?? 'reported',
  modality: s.modality ?? 'happened',
  sources: 1,
  extent: s.extent ?? null,
});

const figure = (id: string, measure: string, placeId: string | null, asOf: string | null): PictureFigure => ({
  id,
  measure,
  what: null,
  value: 0.5,
  low: null,
  high: null,
  unit: 'share',
  approximate: false,
  asOf: asOf as IsoDate | null,
  window: null,
  placeId,
  claimantId: null,
  coClaimantIds: [],
  claimantSpan: null,
  evidence: [{ documentId: 'd1', start: 0, end: 5 }],
  seriesKey: measure,
});

const PUBLISHED: Readonly<Record<string, IsoDate>> = {
  d1: '2016-11-28' as IsoDate,
  d2: '2016-12-03' as IsoDate,
};
const entities = [place('hanano', 'district'), place('aleppo', 'city'), place('sakhour', 'district')];
const run = (
  events: readonly PictureEvent[],
  figures: readonly PictureFigure[] = [],
  confirmersOf: (v: Citation) => readonly string[] = () => [],
  confirmationsOf: (v: Citation) => readonly Citation[] = () => [],
) =>
  buildControl({
    prefix: 's1/',
    events,
    entities,
    figures,
    publishedOf: (d) => PUBLISHED[d] ?? null,
    confirmersOf,
    confirmationsOf,
  });

describe('buildControl', () => {
  it('opens a period of whole control at a district from the change date', () => {
    expect(run([event({ id: 'e1', date: '2016-11-26', claimant: 'sohr' })])).toEqual([
      {
        id: 's1/ctl1',
        placeId: 'hanano',
        figureIds: [],
        periods: [
          {
            holderIds: ['army'],
            from: '2016-11-26',
            dateBasis: 'event',
            until: null,
            extent: 'whole',
            status: 'reported',
            eventIds: ['e1'],
            claimantIds: ['sohr'],
            confirmations: [],
          },
        ],
      },
    ]);
  });

  it('dates an undated change by its first report and keeps the dispute', () => {
    const [c] = run([event({ id: 'e1', place: 'sakhour', status: 'disputed', doc: 'd2' })]);
    expect(c!.periods.map((p) => [p.from, p.dateBasis, p.status])).toEqual([
      ['2016-12-03', 'report', 'disputed'],
    ]);
  });

  it('closes a period when another side takes the place, and merges changes by one side', () => {
    const [c] = run([
      event({ id: 'e3', date: '2016-12-02', actors: ['rebels'] }),
      event({ id: 'e1', date: '2016-11-20', actors: ['army', 'militia'] }),
      event({ id: 'e2', date: '2016-11-26', actors: ['army'], status: 'corroborated' }),
    ]);
    expect(c!.periods.map((p) => [p.holderIds, p.from, p.until, p.eventIds, p.status])).toEqual([
      [['army', 'militia'], '2016-11-20', '2016-12-02', ['e1', 'e2'], 'corroborated'],
      [['rebels'], '2016-12-02', null, ['e3'], 'reported'],
    ]);
  });

  it('marks a change at a city as an advance inside it and lists its control figures oldest first', () => {
    const [c] = run(
      [event({ id: 'e1', place: 'aleppo', date: '2016-11-21' })],
      [
        figure('f2', 'share_controlled', 'aleppo', '2016-12-03'),
        figure('f1', 'area_controlled', 'aleppo', '2016-11-28'),
        figure('f3', 'killed', 'aleppo', '2016-11-28'),
      ],
    );
    expect(c!.periods[0]!.extent).toBe('part');
    expect(c!.figureIds).toEqual(['f1', 'f2']);
  });

  it.each([
    ['a city taken whole holds it', [['e1', 'aleppo', 'whole']], ['whole']],
    ['an advance told inside a city', [['e1', 'aleppo', 'part']], ['part']],
    ['an untold change at a city falls back to its precision', [['e1', 'aleppo', null]], ['part']],
    ['a district holds whatever the telling says', [['e1', 'hanano', 'part']], ['whole']],
    ['an untold change at a district', [['e1', 'hanano', null]], ['whole']],
    [
      'a period holds a city when one of its changes took it',
      [
        ['e1', 'aleppo', 'part'],
        ['e2', 'aleppo', 'whole'],
      ],
      ['whole'],
    ],
  ] as const)('extent: %s', (_, specs, expected) => {
    const events = specs.map(([id, place, extent], i) => event({ id, place, extent, date: `2016-11-2${i}` }));
    expect(run(events).flatMap((c) => c.periods.map((p) => p.extent))).toEqual(expected);
  });

  it('does not count a denier as a claimant of the control', () => {
    const [c] = run([event({ id: 'e1', claimant: 'rebels', stance: 'denies' })]);
    expect(c!.periods[0]!.claimantIds).toEqual([]);
  });

  const CONFIRMATION = { documentId: 'd1', start: 80, end: 120 };
  it.each([
    ['adds who confirms the telling after its claimant, and cites it', 'asserts', ['state-tv', 'sohr'], 1],
    ['keeps one claimant who also confirms it once', 'asserts', ['state-tv'], 1],
    ['adds no confirmer of a denial, nor its citation', 'denies', [], 0],
  ] as const)('%s', (title, stance, expected, cited) => {
    const by = title.startsWith('keeps') ? ['state-tv'] : ['sohr'];
    const told = (v: Citation) => v.documentId === 'd1' && v.start === 0;
    const [c] = run(
      [event({ id: 'e1', claimant: 'state-tv', stance })],
      [],
      (v) => (told(v) ? by : []),
      (v) => (told(v) ? [CONFIRMATION] : []),
    );
    expect(c!.periods[0]!.claimantIds).toEqual(expected);
    expect(c!.periods[0]!.confirmations).toEqual(cited === 1 ? [CONFIRMATION] : []);
  });

  it.each([
    ['another event type', { id: 'e1', type: 'air_strike' }],
    ['a feared advance', { id: 'e1', modality: 'feared' }],
    ['a denied change', { id: 'e1', modality: 'denied' }],
    ['no place', { id: 'e1', place: null }],
    ['no actor', { id: 'e1', actors: [] }],
  ] as const)('ignores %s', (_, spec) => {
    expect(run([event(spec)])).toEqual([]);
  });

  it('gives a place that only figures speak of no periods', () => {
    expect(run([], [figure('f1', 'share_controlled', 'aleppo', null)])).toEqual([
      { id: 's1/ctl1', placeId: 'aleppo', periods: [], figureIds: ['f1'] },
    ]);
  });
});
