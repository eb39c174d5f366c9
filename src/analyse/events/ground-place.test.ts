import { describe, expect, it } from 'vitest';
import { at, fixtureEntities } from '../attribution/test-layers.js';
import { eventRows, g, p, type Row } from './event-table.js';
import { groundPlace, pronounPlace } from './ground-place.js';

/** Whether the place `name` is what the territory verb `verb` in `text` takes. */
const takes = (text: string, verb: string, name: string) =>
  groundPlace(text, at(text, verb), fixtureEntities(text, [p(name)])[0]!);

describe('groundPlace', () => {
  it.each([
    ['an object', 'They seized Marsala on Monday.', 'seized', 'Marsala', true],
    ['an object after "of"', 'They took control of Marsala.', 'took control', 'Marsala', true],
    ['an object after a noun phrase', 'They seized the northern half of Marsala.', 'seized', 'Marsala', true],
    ['a complement', 'They advanced on Marsala.', 'advanced', 'Marsala', true],
    ['a passive subject', 'Marsala was finally captured.', 'captured', 'Marsala', true],
    [
      'negative: a scene after a noun',
      'The firm moved into offices in Marsala.',
      'moved into',
      'Marsala',
      false,
    ],
    ['negative: after another preposition', 'Shares advanced in Marsala.', 'advanced', 'Marsala', false],
    ['negative: a fronted scene', 'In Marsala, the firm took control.', 'took control', 'Marsala', false],
    ['negative: a subject with a noun between', 'Marsala firms advanced.', 'advanced', 'Marsala', false],
    [
      'negative: too far after',
      'They seized a very large share of the old market of Marsala.',
      'seized',
      'Marsala',
      false,
    ],
  ] as const)('%s', (_name, text, verb, name, want) => {
    expect(takes(text, verb, name)).toBe(want);
  });
});

describe('pronounPlace', () => {
  const text = 'Troops reached Marsala. They seized it.';
  const before = fixtureEntities(text, [p('Marsala')]);
  const isPlace = () => true;
  it.each([
    ['"it" after the verb stands for the one place named before', text, before, 'Marsala'],
    ['negative: no pronoun', 'Troops reached Marsala. They seized the hill.', before, null],
    [
      'negative: two places named before',
      text,
      fixtureEntities('Troops left Orvena for Marsala.', [p('Orvena'), p('Marsala')]),
      null,
    ],
  ] as const)('%s', (_name, t, entities, want) => {
    const found = pronounPlace(t, at(t, 'seized'), entities, isPlace);
    expect(found?.key ?? null).toBe(want === null ? null : entities.find((e) => e.name === want)!.key);
  });
});

/** A territory change needs the place it takes, not a place that only sets the scene; "it" may stand for one. */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    'a firm moving into offices in a city takes no territory',
    { text: 'The firm moved into offices in Marsala.', entities: [p('Marsala')], expected: [] },
  ],
  [
    'a firm taking control in a fronted place takes no territory',
    { text: 'In Marsala, the firm took control of its rival.', entities: [p('Marsala')], expected: [] },
  ],
  [
    '"seized it" takes the one place named in the sentence before',
    {
      text: 'The rebels reached Marsala. They seized it on Monday.',
      entities: [g('rebels'), p('Marsala')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'seized',
          span: 'They seized it on Monday',
          modality: 'happened',
          place: 'Marsala',
          extent: 'whole',
        },
      ],
    },
  ],
  [
    'negative: "seized it" after an unarmed sentence takes no territory',
    {
      text: 'Police searched a house in Marsala. They seized it on Monday.',
      entities: [p('Marsala')],
      expected: [],
    },
  ],
  [
    'negative: a place captured with no armed word is taken',
    {
      text: 'Marsala was captured on Monday.',
      entities: [p('Marsala')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'captured',
          span: 'Marsala was captured on Monday',
          modality: 'happened',
          place: 'Marsala',
        },
      ],
    },
  ],
];

describe('territory changes and the place they take', () => {
  eventRows(ROWS);
});
