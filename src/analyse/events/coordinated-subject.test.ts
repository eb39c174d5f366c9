import { describe, expect, it } from 'vitest';
import { at } from '../attribution/test-layers.js';
import { coordinatedSubject } from './coordinated-subject.js';
import { eventRows, type Row } from './event-table.js';
import { taggedTokens } from './test-tagged-tokens.js';

/** [name, sentence, the joiner, a name in it (or null), the subject found (null: none)] */
const UNITS: readonly (readonly [string, string, string, string | null, string | null])[] = [
  ['the first word of the clause', 'He had a seizure and died.', 'and', null, 'He'],
  ['a comma before the joiner', 'She fell ill, and died.', 'and', null, 'She'],
  ['the first word after clause punctuation', 'Later, he fell and died.', 'and', null, 'he'],
  ['negative: no joiner', 'He had a seizure then died.', 'then', null, null],
  ['negative: a possessive brings another subject', 'He said his son fell and died.', 'and', null, null],
  ['negative: a noun naming a person', 'He saw the guard fall and die.', 'and', null, null],
  ['negative: a subordinator', 'He said that it fell and died.', 'and', null, null],
  ['negative: a name between', 'He told Lena Vogt and died.', 'and', 'Lena Vogt', null],
  ['negative: clause punctuation between', 'He fell, the guard said and died.', 'and', null, null],
  ['negative: nothing between the subject and the joiner', 'He and died.', 'and', null, null],
];

it.each(UNITS)('%s', (_name, text, joiner, name, expected) => {
  const toks = taggedTokens(text);
  const j = toks.findIndex((t) => t.span.start === at(text, joiner).start);
  const inName = (i: number) =>
    name !== null && toks[i]!.span.start >= at(text, name).start && toks[i]!.span.end <= at(text, name).end;
  const found = coordinatedSubject(toks, j, inName);
  expect(found === null ? null : toks[found]!.span).toEqual(expected === null ? null : at(text, expected));
});

const person = (text: string) => ({ text, type: 'person' as const });

/** The subject pronoun of a verb joined to a trigger ("He had a seizure and died") stands for the victim. */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    'the subject pronoun of the first verb: the person of the sentence before',
    {
      text: 'Omar Haddad was stabbed at the airport. He had a seizure and died on the way to hospital.',
      entities: [person('Omar Haddad')],
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'stabbed',
          span: 'Omar Haddad was stabbed at the airport',
          modality: 'happened',
          targets: ['Omar Haddad'],
        },
        {
          type: 'casualties',
          trigger: 'died',
          span: 'He had a seizure and died on the way to hospital',
          modality: 'happened',
          targets: ['Omar Haddad'],
        },
      ],
    },
  ],
  [
    'negative: two persons named before',
    {
      text: 'Omar Haddad and Tomas Brill were stabbed. He had a seizure and died.',
      entities: [person('Omar Haddad'), person('Tomas Brill')],
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'stabbed',
          span: 'Omar Haddad and Tomas Brill were stabbed',
          modality: 'happened',
          targets: ['Omar Haddad', 'Tomas Brill'],
        },
        {
          type: 'casualties',
          trigger: 'died',
          span: 'He had a seizure and died',
          modality: 'happened',
          targets: [],
        },
      ],
    },
  ],
  [
    'negative: a person noun between the subject and the joiner',
    {
      text: 'Omar Haddad was stabbed. He said the guard fell and died.',
      entities: [person('Omar Haddad')],
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'stabbed',
          span: 'Omar Haddad was stabbed',
          modality: 'happened',
          targets: ['Omar Haddad'],
        },
        {
          type: 'casualties',
          trigger: 'died',
          span: 'the guard fell and died',
          modality: 'happened',
          targets: [],
        },
      ],
    },
  ],
];

describe('a pronoun subject joined to a trigger', () => eventRows(ROWS));
