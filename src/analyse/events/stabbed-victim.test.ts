import { describe } from 'vitest';
import { eventRows, p, type Row } from './event-table.js';

const person = (text: string) => ({ text, type: 'person' as const });

/**
 * A stabbing told without its auxiliary, as headlines do ("X stabbed to death in his home"): the participle has no
 * object (OBJECT_VERB_PARTICIPLES, NO_OBJECT_PHRASES), so its subject is the victim, not the attacker.
 */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    'a name before "stabbed to death" is the victim',
    {
      text: 'Barber Luca Ferrandi stabbed to death in his home.',
      entities: [person('Luca Ferrandi')],
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'stabbed',
          span: 'Barber Luca Ferrandi stabbed to death in his home',
          modality: 'happened',
          actors: [],
          targets: ['Luca Ferrandi'],
        },
      ],
    },
  ],
  [
    'a name before "stabbed in" is the victim',
    {
      text: 'Luca Ferrandi stabbed in Orvena, police say.',
      entities: [person('Luca Ferrandi'), p('Orvena')],
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'stabbed',
          span: 'Luca Ferrandi stabbed in Orvena',
          modality: 'happened',
          actors: [],
          targets: ['Luca Ferrandi'],
          place: 'Orvena',
        },
      ],
    },
  ],
  [
    'a name before "was stabbed to death" is the victim',
    {
      text: 'Luca Ferrandi was stabbed to death in his garage.',
      entities: [person('Luca Ferrandi')],
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'stabbed',
          span: 'Luca Ferrandi was stabbed to death in his garage',
          modality: 'happened',
          actors: [],
          targets: ['Luca Ferrandi'],
        },
      ],
    },
  ],
  [
    'negative: a name before "stabbed" and its object is the attacker',
    {
      text: 'Luca Ferrandi stabbed Marco Bellin to death.',
      entities: [person('Luca Ferrandi'), person('Marco Bellin')],
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'stabbed',
          span: 'Luca Ferrandi stabbed Marco Bellin to death',
          modality: 'happened',
          actors: ['Luca Ferrandi'],
          targets: ['Marco Bellin'],
        },
      ],
    },
  ],
];

describe('a stabbing told without its auxiliary', () => {
  eventRows(ROWS);
});
