import { describe, expect, it } from 'vitest';
import { mergeTellings } from './merge-tellings.js';
import { type T, telling } from './test-tellings.js';

const groups = (ts: T[]) => mergeTellings(ts.map(telling)).map((g) => g.map((t) => t.mention.id));

/** A territory change told without a place joins a placed one only when told with it, never by its actor alone. */
describe('mergeTellings: territory changes with and without a place', () => {
  it.each([
    [
      'negative: ground taken in a city and in the country it lies in, told in one clause: two places',
      [
        {
          id: 'a',
          type: 'territory_change',
          doc: 'd1',
          place: 'port-city',
          country: ['xa', 'in'] as const,
          span: [10, 60] as const,
        },
        {
          id: 'b',
          type: 'territory_change',
          doc: 'd1',
          place: 'xland',
          country: ['xa', 'whole'] as const,
          span: [10, 60] as const,
        },
      ],
      [['a'], ['b']],
    ],
    [
      'negative: a territory change without a place and one with it, one actor, two reports',
      [
        { id: 'a', type: 'territory_change', doc: 'd1', actors: ['rebels'], sentence: 3 },
        { id: 'b', type: 'territory_change', doc: 'd2', place: null, actors: ['rebels'], sentence: 3 },
      ],
      [['a'], ['b']],
    ],
    [
      'negative: a placed territory change does not join an unplaced one by its actor',
      [
        {
          id: 'a',
          type: 'territory_change',
          doc: 'd1',
          place: null,
          actors: ['rebels'],
          span: [0, 20] as const,
        },
        { id: 'b', type: 'territory_change', doc: 'd1', actors: ['rebels'], span: [40, 60] as const },
      ],
      [['a'], ['b']],
    ],
    [
      'a territory change without a place joins one placed in its sentence',
      [
        { id: 'a', type: 'territory_change', doc: 'd1', place: null, span: [0, 20] as const, sentence: 2 },
        {
          id: 'b',
          type: 'territory_change',
          doc: 'd1',
          actors: ['rebels'],
          span: [22, 60] as const,
          sentence: 2,
        },
      ],
      [['a', 'b']],
    ],
    [
      'negative: nor in the next sentence',
      [
        {
          id: 'a',
          type: 'territory_change',
          doc: 'd1',
          place: null,
          actors: ['rebels'],
          span: [0, 20] as const,
          sentence: 2,
        },
        {
          id: 'b',
          type: 'territory_change',
          doc: 'd1',
          actors: ['rebels'],
          span: [22, 60] as const,
          sentence: 3,
        },
      ],
      [['a'], ['b']],
    ],
    [
      'territory changes without a place: a shared actor',
      [
        { id: 'a', type: 'territory_change', doc: 'd1', place: null, actors: ['rebels'] },
        { id: 'b', type: 'territory_change', doc: 'd2', place: null, actors: ['rebels'] },
      ],
      [['a', 'b']],
    ],
    [
      'an air strike without a place still joins a placed one by its actor',
      [
        { id: 'a', doc: 'd1', actors: ['army'] },
        { id: 'b', doc: 'd2', place: null, actors: ['army'] },
      ],
      [['a', 'b']],
    ],
  ])('%s', (_, ts, expected) => {
    expect(groups(ts)).toEqual(expected);
  });
});
