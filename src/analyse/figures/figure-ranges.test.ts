import { describe, expect, it } from 'vitest';
import { fixtureEntities } from '../attribution/test-layers.js';
import { runFigures } from './run-figures.js';

const REF = '2016-12-03';

type Row = readonly [
  string,
  string,
  readonly (readonly [string, number | null, number | null, number | null])[],
];

/** Each figure as [its text, value, low, high]. */
const figuresOf = (text: string) =>
  runFigures(text, REF).figures.map((f) => [text.slice(f.span.start, f.span.end), f.value, f.low, f.high]);

describe('figuresStage: ranges and lone "one"', () => {
  it.each<Row>([
    [
      '"A to B" counts',
      'They face 3,000 to 5,000 militants.',
      [['3,000 to 5,000 militants', null, 3000, 5000]],
    ],
    [
      '"between A and B" percent, the low end read as percent',
      'Troops hold between 15 and 20 percent of the city.',
      [['between 15 and 20 percent of the city', null, 0.15, 0.2]],
    ],
    ['"A or B" in words', 'Two or three villages were shelled.', [['Two or three villages', null, 2, 3]]],
    ['"A-B" with a unit on the second', 'Troops took 10-12 km² on Friday.', [['10-12 km²', null, 10, 12]]],
    [
      'an approximator bounds the range as it is',
      'About 3,000 to 5,000 people fled.',
      [['About 3,000 to 5,000 people', null, 3000, 5000]],
    ],
    [
      'negative: "from A to B" is a change, two figures',
      'The toll rose from 30 to 50.',
      [
        ['30', 30, null, null],
        ['50', 50, null, null],
      ],
    ],
    [
      'negative: a score (first not below second)',
      'They won 3-1 and 1,000 fans cheered.',
      [['1,000 fans', 1000, null, null]],
    ],
    [
      'negative: "A and B" with no "between" are two figures',
      'Three women and five children were killed.',
      [
        ['Three women', 3, null, null],
        ['five children', 5, null, null],
      ],
    ],
    [
      'a lone "one" that counts nothing measured is dropped',
      'In one case, militants marched them from one village to another and one jet bombed a school.',
      [],
    ],
    [
      'negative: "one" with a measure is a figure',
      'One child was killed in the strike.',
      [['One child', 1, null, null]],
    ],
  ])('%s', (_, text, want) => {
    expect(figuresOf(text)).toEqual(want);
  });
});

describe('figuresStage: the place of a figure', () => {
  const placeOf = (text: string, places: readonly string[]) => {
    const entities = fixtureEntities(
      text,
      places.map((p) => ({ text: p, type: 'place' as const })),
    );
    const { figures } = runFigures(text, REF, entities);
    const e = entities.find((x) => x.id === figures[0]?.placeId);
    return e === undefined ? null : text.slice(e.span.start, e.span.end);
  };
  it.each([
    ['the place in the clause', 'Air strikes killed 60 civilians around Mosul.', ['Mosul'], 'Mosul'],
    [
      'a "US-led" modifier is not the place',
      'Around Mosul, the US-led coalition killed 60 civilians.',
      ['US', 'Mosul'],
      'Mosul',
    ],
    ['negative: no other place, none', 'Iran-backed militias killed 12 people.', ['Iran'], null],
    [
      'negative: a spaced dash is not a modifier',
      'They killed 12 people in Syria - a record.',
      ['Syria'],
      'Syria',
    ],
  ] as const)('%s', (_, text, places, want) => {
    expect(placeOf(text, places)).toBe(want);
  });
});
