import { describe, expect, it } from 'vitest';
import { mergeTellings } from './merge-tellings.js';
import { REPEATED, type T, telling } from './test-tellings.js';

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
      'one clause: two words of one happening (no place, no actor, no date)',
      [
        { id: 'a', doc: 'd1', place: null, span: [10, 60] as const, trigger: 18 },
        { id: 'b', doc: 'd1', place: null, span: [10, 60] as const, trigger: 40 },
      ],
      [['a', 'b']],
    ],
    [
      'one clause: a feared word and a hypothetical word are one telling',
      [
        { id: 'a', doc: 'd1', modality: 'feared' as const, span: [10, 60] as const, trigger: 18 },
        { id: 'b', doc: 'd1', modality: 'hypothetical' as const, span: [10, 60] as const, trigger: 40 },
      ],
      [['a', 'b']],
    ],
    [
      'negative: one clause, a happened word and a planned word stay apart',
      [
        { id: 'a', doc: 'd1', span: [10, 60] as const, trigger: 18 },
        { id: 'b', doc: 'd1', modality: 'planned' as const, span: [10, 60] as const, trigger: 40 },
      ],
      [['a'], ['b']],
    ],
    [
      'negative: feared and hypothetical in two clauses of one report',
      [
        { id: 'a', doc: 'd1', modality: 'feared' as const, span: [10, 60] as const },
        { id: 'b', doc: 'd1', modality: 'hypothetical' as const, span: [70, 90] as const },
      ],
      [['a'], ['b']],
    ],
    [
      'one clause: a word with a place and one without',
      [
        { id: 'a', doc: 'd1', span: [10, 60] as const },
        { id: 'b', doc: 'd1', place: null, span: [10, 60] as const },
      ],
      [['a', 'b']],
    ],
    [
      'negative: one clause, two towns',
      [
        { id: 'a', doc: 'd1', span: [10, 60] as const },
        { id: 'b', doc: 'd1', place: 'hanano', span: [10, 60] as const },
      ],
      [['a'], ['b']],
    ],
    [
      'negative: one clause, other actors',
      [
        { id: 'a', doc: 'd1', place: null, actors: ['army'], span: [10, 60] as const },
        { id: 'b', doc: 'd1', place: null, actors: ['rebels'], span: [10, 60] as const },
      ],
      [['a'], ['b']],
    ],
    [
      'negative: two clauses of one report, another place and no date',
      [
        { id: 'a', doc: 'd1', span: [10, 60] as const },
        { id: 'b', doc: 'd1', place: null, span: [70, 90] as const },
      ],
      [['a'], ['b']],
    ],
    [
      'one report: tellings with no place nor actor, dated the same year, are one event',
      [
        { id: 'a', doc: 'd1', place: null, range: '2013', precision: 'year' as const, span: [0, 6] as const },
        {
          id: 'b',
          doc: 'd1',
          place: null,
          range: '2013',
          precision: 'year' as const,
          span: [20, 40] as const,
        },
        {
          id: 'c',
          doc: 'd1',
          place: null,
          range: '2013',
          precision: 'year' as const,
          span: [50, 90] as const,
        },
      ],
      [['a', 'b', 'c']],
    ],
    [
      'bare tellings of two reports dated the same day',
      [
        { id: 'a', doc: 'd1', place: null, range: '2013-09-14' },
        { id: 'b', doc: 'd2', place: null, range: '2013-09-14' },
      ],
      [['a', 'b']],
    ],
    [
      'negative: bare tellings of two reports dated only by the same year (two look-alike events of one story)',
      [
        { id: 'a', doc: 'd1', place: null, range: '2013', precision: 'year' as const },
        { id: 'b', doc: 'd2', place: null, range: '2013', precision: 'year' as const },
      ],
      [['a'], ['b']],
    ],
    [
      'negative: bare tellings of two reports, one day apart',
      [
        { id: 'a', doc: 'd1', place: null, range: '2013-09-14' },
        { id: 'b', doc: 'd2', place: null, range: '2013-09-15' },
      ],
      [['a'], ['b']],
    ],
    [
      'negative: bare tellings of one report, a day and its year',
      [
        { id: 'a', doc: 'd1', place: null, range: '2013-09-14', span: [0, 6] as const },
        {
          id: 'b',
          doc: 'd1',
          place: null,
          range: '2013',
          precision: 'year' as const,
          span: [20, 40] as const,
        },
      ],
      [['a'], ['b']],
    ],
    [
      'negative: bare tellings of one report, two tolls',
      [
        { id: 'a', doc: 'd1', place: null, range: '2013-09-14', figures: ['f1'], span: [0, 6] as const },
        { id: 'b', doc: 'd1', place: null, range: '2013-09-14', figures: ['f2'], span: [20, 40] as const },
      ],
      [['a'], ['b']],
    ],
    [
      'negative: a bare telling does not join a placed event of its day',
      [
        { id: 'a', doc: 'd1', range: '2013-09-14', span: [0, 6] as const },
        { id: 'b', doc: 'd1', place: null, range: '2013-09-14', span: [20, 40] as const },
        { id: 'c', doc: 'd1', place: null, range: '2013-09-14', span: [50, 60] as const },
      ],
      [['a'], ['b', 'c']],
    ],
    [
      'negative: two attacks on one day in two towns stay two, though one actor is told without a place',
      [
        { id: 'a', range: '2016-12-03', actors: ['army'] },
        { id: 'b', range: '2016-12-03', place: null, actors: ['army'] },
        { id: 'c', range: '2016-12-03', place: 'hanano', actors: ['army'] },
      ],
      [['a', 'b'], ['c']],
    ],
    [
      'a passage repeated word for word in one report (lede, then caption) is one telling, its tolls too',
      [
        { id: 'a', doc: 'd1', text: REPEATED, span: [0, 43] as const, trigger: 9, figures: ['f1'] },
        { id: 'b', doc: 'd1', text: REPEATED, span: [45, 88] as const, trigger: 54, figures: ['f2'] },
      ],
      [['a', 'b']],
    ],
    [
      'negative: a short clause repeated in one report',
      [
        { id: 'a', doc: 'd1', place: null, text: 'was killed. was killed.', span: [0, 10] as const },
        { id: 'b', doc: 'd1', place: null, text: 'was killed. was killed.', span: [12, 22] as const },
      ],
      [['a'], ['b']],
    ],
    [
      'negative: a repeated passage, another word of it',
      [
        { id: 'a', doc: 'd1', place: null, text: REPEATED, span: [0, 43] as const, trigger: 9 },
        { id: 'b', doc: 'd1', place: null, text: REPEATED, span: [45, 88] as const, trigger: 70 },
      ],
      [['a'], ['b']],
    ],
    [
      'negative: a city and the country it lies in, one actor: an actor alone does not join two places',
      [
        { id: 'a', actors: ['army'], place: 'port-city', country: ['xa', 'in'] as const },
        { id: 'b', actors: ['army'], place: 'xland', country: ['xa', 'whole'] as const },
      ],
      [['a'], ['b']],
    ],
    [
      'one clause naming a city and, in another word, the country it lies in',
      [
        { id: 'a', doc: 'd1', place: 'port-city', country: ['xa', 'in'] as const, span: [10, 60] as const },
        { id: 'b', doc: 'd1', place: 'xland', country: ['xa', 'whole'] as const, span: [10, 60] as const },
      ],
      [['a', 'b']],
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
