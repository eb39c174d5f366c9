import { describe, expect, it } from 'vitest';
import { at, type FixtureEntity, fixtureLayers } from '../attribution/test-layers.js';
import { tokenRange } from './clause-of.js';
import { placeList } from './place-list.js';

const p = (text: string): FixtureEntity => ({ text, type: 'place' });
const g = (text: string): FixtureEntity => ({ text, type: 'group' });

/** Text, its entities, the trigger, the places listed (exact texts, in order). */
const ROWS: readonly (readonly [string, string, readonly FixtureEntity[], string, readonly string[]])[] = [
  [
    'names right after the trigger',
    'Militants captured Kesra, Daba and Moura overnight.',
    [g('Militants'), p('Kesra'), p('Daba'), p('Moura')],
    'captured',
    ['Kesra', 'Daba', 'Moura'],
  ],
  [
    '"the (N) (adj) towns of" before the names',
    'The army retook the three northern towns of Kesra, Daba and Moura.',
    [p('Kesra'), p('Daba'), p('Moura')],
    'retook',
    ['Kesra', 'Daba', 'Moura'],
  ],
  [
    'a gapped trigger that holds the kind',
    'They were taking the two villages of Oum Tala and Daba by noon.',
    [p('Oum Tala'), p('Daba')],
    'taking the two villages',
    ['Oum Tala', 'Daba'],
  ],
  [
    'an Oxford comma',
    'Rebels seized Kesra, Daba, and Moura.',
    [p('Kesra'), p('Daba'), p('Moura')],
    'seized',
    ['Kesra', 'Daba', 'Moura'],
  ],
  [
    'after the "including" a holding trigger reaches to',
    'Rebels now control half the country, including the key towns of Kesra, Daba and Moura.',
    [g('Rebels'), p('Kesra'), p('Daba'), p('Moura')],
    'control half the country, including',
    ['Kesra', 'Daba', 'Moura'],
  ],
  [
    'negative: a trigger not reaching to "including" does not list after it',
    'Rebels seized Kesra, including Daba and Moura.',
    [g('Rebels'), p('Kesra'), p('Daba'), p('Moura')],
    'seized',
    [],
  ],
  ['one place is no list', 'Rebels seized Kesra on Monday.', [p('Kesra')], 'seized', []],
  [
    '"X, Y" without "and": a place and its country',
    'Rebels seized Daba, Ralia.',
    [p('Daba'), p('Ralia')],
    'seized',
    [],
  ],
  [
    'a name that is not a place ends the list',
    'Rebels seized Kesra and Daba Brigade positions.',
    [p('Kesra'), g('Daba Brigade')],
    'seized',
    [],
  ],
  [
    'a possessor is no place taken',
    "Rebels seized Kesra and Daba's airport.",
    [p('Kesra'), p('Daba')],
    'seized',
    [],
  ],
  [
    'a modifier is no place taken',
    'Rebels seized Kesra and Daba-based units.',
    [p('Kesra'), p('Daba')],
    'seized',
    [],
  ],
  [
    'names after a preposition are no object',
    'Rebels advanced in Kesra and Daba.',
    [p('Kesra'), p('Daba')],
    'advanced',
    [],
  ],
  [
    'the kind without "of"',
    'Rebels seized the towns near Kesra and Daba.',
    [p('Kesra'), p('Daba')],
    'seized',
    [],
  ],
];

describe('placeList', () => {
  it.each(ROWS)('%s', (_name, text, wanted, trigger, expected) => {
    const { tokens, entities } = fixtureLayers(text, wanted);
    const t = at(text, trigger);
    const listed = placeList({
      text,
      toks: tokens,
      trigger: tokenRange(tokens, t.start, t.end),
      end: tokens.length,
      entities,
      isPlace: (e) => e.type === 'place',
    });
    expect(listed.map((e) => e.span)).toEqual(expected.map((x) => at(text, x)));
  });
});
