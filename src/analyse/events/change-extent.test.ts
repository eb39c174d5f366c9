import { describe } from 'vitest';
import { type Expected, eventRows, g, p, type Row } from './event-table.js';

/** One territory change of `actor` at `place`, told in `span`, taking the place whole, in part or untold. */
const change = (
  trigger: string,
  span: string,
  place: string,
  extent: Expected['extent'],
  actors: readonly string[] = ['Rebels'],
): Expected => ({ type: 'territory_change', trigger, span, modality: 'happened', actors, place, extent });

const row = (text: string, names: readonly string[], expected: readonly Expected[]): Row => ({
  text,
  entities: [g('Rebels'), ...names.map(p)],
  expected,
});

/** How much of its place a territory change took: the place itself, ground inside it, or untold. */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    'the place is the object: whole',
    row(
      'Rebels captured Kesra on Sunday.',
      ['Kesra'],
      [change('captured', 'Rebels captured Kesra on Sunday', 'Kesra', 'whole')],
    ),
  ],
  [
    '"the town of X": whole',
    row(
      'Rebels seized the strategic town of Kesra.',
      ['Kesra'],
      [change('seized', 'Rebels seized the strategic town of Kesra', 'Kesra', 'whole')],
    ),
  ],
  [
    '"control of the city of X": whole',
    row(
      'Rebels took control of the city of Kesra.',
      ['Kesra'],
      [change('took control', 'Rebels took control of the city of Kesra', 'Kesra', 'whole')],
    ),
  ],
  [
    'a list of towns: each whole',
    row(
      'Rebels took the towns of Kesra, Daba and Moura.',
      ['Kesra', 'Daba', 'Moura'],
      ['Kesra', 'Daba', 'Moura'].map((place) =>
        change('took the towns', 'Rebels took the towns of Kesra, Daba and Moura', place, 'whole'),
      ),
    ),
  ],
  [
    '"X fell to": whole',
    row(
      'Kesra fell to Rebels on Sunday.',
      ['Kesra'],
      [change('fell to', 'Kesra fell to Rebels on Sunday', 'Kesra', 'whole')],
    ),
  ],
  [
    '"X was captured by": whole',
    row(
      'Kesra was captured by Rebels.',
      ['Kesra'],
      [change('captured', 'Kesra was captured by Rebels', 'Kesra', 'whole')],
    ),
  ],
  [
    '"advanced in east X": part',
    row(
      'Rebels advanced in east Kesra.',
      ['Kesra'],
      [change('advanced', 'Rebels advanced in east Kesra', 'Kesra', 'part')],
    ),
  ],
  [
    '"made gains in X": part',
    row(
      'Rebels made gains in Kesra.',
      ['Kesra'],
      [change('made gains', 'Rebels made gains in Kesra', 'Kesra', 'part')],
    ),
  ],
  [
    '"pushed into X": part',
    row(
      'Rebels pushed into Kesra.',
      ['Kesra'],
      [change('pushed into', 'Rebels pushed into Kesra', 'Kesra', 'part')],
    ),
  ],
  [
    '"seized neighbourhoods of X": part',
    row(
      'Rebels seized neighbourhoods of Kesra.',
      ['Kesra'],
      [change('seized', 'Rebels seized neighbourhoods of Kesra', 'Kesra', 'part')],
    ),
  ],
  [
    '"the outskirts of X": part',
    row(
      'Rebels captured the outskirts of Kesra.',
      ['Kesra'],
      [change('captured', 'Rebels captured the outskirts of Kesra', 'Kesra', 'part')],
    ),
  ],
  [
    '"control of half of X": part',
    row(
      'Rebels took control of nearly half of Kesra.',
      ['Kesra'],
      [change('took control', 'Rebels took control of nearly half of Kesra', 'Kesra', 'part')],
    ),
  ],
  [
    '"seized eastern X": part',
    row(
      'Rebels seized eastern Kesra.',
      ['Kesra'],
      [change('seized', 'Rebels seized eastern Kesra', 'Kesra', 'part')],
    ),
  ],
  [
    'negative: "advanced towards X" is untold',
    row(
      'Rebels advanced towards Kesra.',
      ['Kesra'],
      [change('advanced towards', 'Rebels advanced towards Kesra', 'Kesra', null)],
    ),
  ],
  [
    'negative: "captured a base near X" is untold',
    row(
      'Rebels captured a base near Kesra.',
      ['Kesra'],
      [change('captured', 'Rebels captured a base near Kesra', 'Kesra', null)],
    ),
  ],
  [
    'negative: "captured the mayor of X" is untold',
    row(
      'Rebels captured the mayor of Kesra.',
      ['Kesra'],
      [change('captured', 'Rebels captured the mayor of Kesra', 'Kesra', null)],
    ),
  ],
  [
    '"took the town" named before: whole',
    {
      text: 'Rebels shelled Kesra on Friday. Militants took the town on Sunday.',
      entities: [g('Rebels'), p('Kesra'), g('Militants')],
      resolved: [['Kesra', 'city']],
      expected: [
        {
          type: 'shelling',
          trigger: 'shelled',
          span: 'Rebels shelled Kesra on Friday',
          modality: 'happened',
        },
        change('took the town', 'Militants took the town on Sunday', 'Kesra', 'whole', ['Militants']),
      ],
    },
  ],
  [
    '"the northern half of the nation": part of the country',
    {
      text: 'Talks stalled in Ralia. Rebels seized control of the northern half of the nation.',
      entities: [p('Ralia'), g('Rebels')],
      resolved: [['Ralia', 'country']],
      expected: [
        { type: 'negotiation', trigger: 'Talks', span: 'Talks stalled in Ralia', modality: 'happened' },
        change('seized', 'Rebels seized control of the northern half of the nation', 'Ralia', 'part'),
      ],
    },
  ],
];

describe('territory change extent', () => {
  eventRows(ROWS);
});
