import { describe, expect, it } from 'vitest';
import { mergeTellings } from './merge-tellings.js';
import { type T, telling } from './test-tellings.js';

const groups = (ts: T[]) => mergeTellings(ts.map(telling)).map((g) => g.map((t) => t.mention.id));

/** A clause of its own per id ('a' [0, 5), 'b' [10, 15) …), so tellings of one report are not one clause. */
const clause = (id: string): readonly [number, number] => {
  const k = id.charCodeAt(0) - 97;
  return [10 * k, 10 * k + 5];
};

/** An attack on civilians, placeless and actorless unless told (each its own report unless `doc` says). */
const attack = (id: string, t: Partial<T> = {}): T => ({
  id,
  type: 'attack_on_civilians',
  place: null,
  span: clause(id),
  ...t,
});
/** "the shooting": a plain definite noun. */
const the = (id: string, t: Partial<T> = {}): T => attack(id, { definite: true, ...t });

const ROWS: readonly (readonly [string, T[], string[][]])[] = [
  [
    '"the shooting" joins the placed attack of its report; "the shooting" of another report joins them',
    [attack('a', { place: 'pier', doc: 'd1' }), the('b', { doc: 'd1' }), the('c', { doc: 'd2' })],
    [['a', 'b', 'c']],
  ],
  [
    '"the shooting" told first, the placed attack after',
    [the('a', { doc: 'd1' }), attack('b', { place: 'pier', doc: 'd1' })],
    [['a', 'b']],
  ],
  ['two plain definite nouns of two reports meet', [the('a'), the('b')], [['a', 'b']]],
  [
    '"the killing" joins the killing of a named victim',
    [attack('a', { victims: ['tomas'], doc: 'd1' }), the('b', { doc: 'd1' })],
    [['a', 'b']],
  ],
  [
    'a dated "the shooting" joins an attack of that day',
    [
      attack('a', { place: 'pier', range: '2031-03-03', doc: 'd1' }),
      the('b', { range: '2031-03-03', doc: 'd1' }),
    ],
    [['a', 'b']],
  ],
  // negatives
  [
    'negative: in another report, an attack no definite noun names yet is not reached',
    [attack('a', { place: 'pier', doc: 'd1' }), the('b', { doc: 'd2' })],
    [['a'], ['b']],
  ],
  [
    'negative: dated another day',
    [
      attack('a', { place: 'pier', range: '2031-03-03', doc: 'd1' }),
      the('b', { range: '2031-04-09', doc: 'd1' }),
    ],
    [['a'], ['b']],
  ],
  [
    'negative: "the shooting" at a place of its own is no plain noun',
    [attack('a', { place: 'pier', doc: 'd1' }), the('b', { place: 'mall', doc: 'd1' })],
    [['a'], ['b']],
  ],
  [
    'negative: feared, not happened',
    [attack('a', { place: 'pier', doc: 'd1' }), the('b', { modality: 'feared', doc: 'd1' })],
    [['a'], ['b']],
  ],
  [
    'negative: a noun with a figure of its own',
    [attack('a', { place: 'pier', doc: 'd1' }), the('b', { figures: ['f1'], doc: 'd1' })],
    [['a'], ['b']],
  ],
  [
    'negative: a bare telling that is not a definite noun',
    [attack('a', { place: 'pier', doc: 'd1' }), attack('b', { doc: 'd1' })],
    [['a'], ['b']],
  ],
  [
    'negative: other types',
    [attack('a', { place: 'pier', doc: 'd1' }), the('b', { type: 'casualties', doc: 'd1' })],
    [['a'], ['b']],
  ],
  [
    'negative: not an event done to someone (a shelling)',
    [
      { id: 'a', type: 'shelling', place: 'pier', doc: 'd1', span: clause('a') },
      { id: 'b', type: 'shelling', place: null, definite: true, doc: 'd1', span: clause('b') },
    ],
    [['a'], ['b']],
  ],
  [
    'negative: two attacks at two places stay two; "the shooting" joins the first',
    [
      attack('a', { place: 'pier', doc: 'd1' }),
      attack('b', { place: 'mall', doc: 'd1' }),
      the('c', { doc: 'd1' }),
    ],
    [['a', 'c'], ['b']],
  ],
  [
    'negative: two killings of two named victims stay two',
    [
      attack('a', { victims: ['tomas'], doc: 'd1' }),
      attack('b', { victims: ['lena'], doc: 'd1' }),
      the('c', { doc: 'd1' }),
    ],
    [['a', 'c'], ['b']],
  ],
  [
    'negative: after "the shooting", a second placed attack does not join the first',
    [
      the('a', { doc: 'd1' }),
      attack('b', { place: 'pier', doc: 'd1' }),
      attack('c', { place: 'mall', doc: 'd1' }),
    ],
    [['a', 'b'], ['c']],
  ],
];

describe('mergeTellings: a plain definite noun ("the shooting") and the attack the story tells', () => {
  it.each(ROWS)('%s', (_, ts, want) => expect(groups(ts)).toEqual(want));
});
