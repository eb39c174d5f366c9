import { describe, expect, it } from 'vitest';
import { mergeTellings } from './merge-tellings.js';
import { type T, telling } from './test-tellings.js';

const groups = (ts: T[]) => mergeTellings(ts.map(telling)).map((g) => g.map((t) => t.mention.id));

/** Abductions told without a place in two reports (each its own report unless `doc` says). */
const taken = (id: string, t: Partial<T> = {}): T => ({ id, type: 'abduction', place: null, ...t });

const ROWS: readonly (readonly [string, T[], string[][]])[] = [
  [
    'one person taken, told in two reports',
    [taken('a', { victims: ['lena'] }), taken('b', { victims: ['lena'] })],
    [['a', 'b']],
  ],
  [
    'one person taken, told three times in one report, once with the taker',
    [
      taken('a', { doc: 'd1', victims: ['lena'], span: [0, 20] }),
      taken('b', { doc: 'd1', victims: ['lena'], span: [30, 50], actors: ['brigade'] }),
      taken('c', { doc: 'd1', victims: ['lena'], span: [60, 80] }),
    ],
    [['a', 'b', 'c']],
  ],
  [
    'one person killed: a placed telling and a placeless one',
    [
      { id: 'a', type: 'casualties', place: 'harbour', victims: ['tomas'] },
      { id: 'b', type: 'casualties', place: null, victims: ['tomas'] },
    ],
    [['a', 'b']],
  ],
  [
    'one person killed: told in a city, and in the country it lies in',
    [
      { id: 'a', type: 'casualties', place: 'port-city', country: ['xa', 'in'], victims: ['tomas'] },
      { id: 'b', type: 'casualties', place: 'xland', country: ['xa', 'whole'], victims: ['tomas'] },
    ],
    [['a', 'b']],
  ],
  [
    'negative: one person killed, told in two cities of one country',
    [
      { id: 'a', type: 'casualties', place: 'port-city', country: ['xa', 'in'], victims: ['tomas'] },
      { id: 'b', type: 'casualties', place: 'hill-town', country: ['xa', 'in'], victims: ['tomas'] },
    ],
    [['a'], ['b']],
  ],
  [
    'negative: one person killed, told in a city and in another country',
    [
      { id: 'a', type: 'casualties', place: 'port-city', country: ['xa', 'in'], victims: ['tomas'] },
      { id: 'b', type: 'casualties', place: 'yland', country: ['ya', 'whole'], victims: ['tomas'] },
    ],
    [['a'], ['b']],
  ],
  [
    'negative: two victims',
    [taken('a', { victims: ['lena'] }), taken('b', { victims: ['tomas'] })],
    [['a'], ['b']],
  ],
  [
    'negative: the same victim, one telling dated by a year long past, the other of the report’s present',
    [
      taken('a', { doc: 'd1', victims: ['lena'], range: '1957', precision: 'year', span: [0, 20] }),
      taken('b', { doc: 'd1', victims: ['lena'], span: [30, 50] }),
    ],
    [['a'], ['b']],
  ],
  [
    'negative: the same group hit ("civilians") is no named victim',
    [taken('a', { groups: ['civilians'] }), taken('b', { groups: ['civilians'] })],
    [['a'], ['b']],
  ],
  [
    'negative: the same victim, other actors (shot by a gunman, then by the police)',
    [
      { id: 'a', type: 'casualties', place: null, victims: ['tomas'], actors: ['gunman'] },
      { id: 'b', type: 'casualties', place: null, victims: ['tomas'], actors: ['police'] },
    ],
    [['a'], ['b']],
  ],
  [
    'negative: the same victim in two places',
    [
      { id: 'a', type: 'casualties', place: 'harbour', victims: ['tomas'] },
      { id: 'b', type: 'casualties', place: 'airport', victims: ['tomas'] },
    ],
    [['a'], ['b']],
  ],
  [
    'negative: a planned abduction of the same person',
    [taken('a', { victims: ['lena'] }), taken('b', { victims: ['lena'], modality: 'planned' })],
    [['a'], ['b']],
  ],
  [
    'negative: air strikes on one organisation are not done to a victim',
    [
      { id: 'a', place: null, victims: ['front'] },
      { id: 'b', place: null, victims: ['front'] },
    ],
    [['a'], ['b']],
  ],
];

describe('mergeTellings: a named victim', () => {
  it.each(ROWS)('%s', (_, ts, expected) => {
    expect(groups(ts)).toEqual(expected);
  });
});
