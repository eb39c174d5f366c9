import { expect, it } from 'vitest';
import { span } from '../../model/span.js';
import { at, fixtureEntities } from '../attribution/test-layers.js';
import { namedPatientTime, namedPatientUse } from './named-patient-use.js';

/** [name, text (one sentence), persons named, whether "death" tells a happening] */
const ROWS: readonly (readonly [string, string, readonly string[], boolean])[] = [
  ['a named possessor', "Maria Lopez's death shocked the town.", ['Maria Lopez'], true],
  ['a possessive mark alone', "Ana Torres' death shocked the town.", ['Ana Torres'], true],
  [
    'one adjective after the possessor',
    "Maria Lopez's sudden death shocked the town.",
    ['Maria Lopez'],
    true,
  ],
  ['"of" a named person', 'The death of Maria Lopez shocked the town.', ['Maria Lopez'], true],
  ['negative: a pronoun possessor', 'His death shocked the town.', [], false],
  ['negative: an unnamed possessor', "The guard's death shocked the town.", [], false],
  ['negative: "of" an unnamed one', 'The death of a guard shocked the town.', [], false],
  ['negative: an organisation is no person', "Acme's death was slow.", [], false],
  ['negative: a death sentence', "Maria Lopez's death sentence was upheld.", ['Maria Lopez'], false],
  [
    'negative: sentenced to death',
    'Omar Haddad was sentenced to death for the death of Maria Lopez.',
    ['Omar Haddad', 'Maria Lopez'],
    false,
  ],
  [
    'negative: the death penalty',
    "Prosecutors sought the death penalty over Maria Lopez's death.",
    ['Maria Lopez'],
    false,
  ],
  ['negative: death row', "Maria Lopez's death row appeal failed.", ['Maria Lopez'], false],
  ['negative: a death toll', "The death toll rose after Maria Lopez's death.", ['Maria Lopez'], false],
  [
    'negative: a modifier of another head',
    "Maria Lopez's death threats were reported.",
    ['Maria Lopez'],
    false,
  ],
  ['negative: the person named elsewhere', 'Maria Lopez spoke of death.', ['Maria Lopez'], false],
];

it.each(ROWS)('%s', (_name, text, persons, expected) => {
  const entities = fixtureEntities(
    text,
    persons.map((p) => ({ text: p, type: 'person' })),
  );
  expect(namedPatientUse(text, at(text, 'death'), span(0, text.length), entities)).toBe(expected);
});

/** [name, text, the time, whether it may date "death"] */
const TIMES: readonly (readonly [string, string, string, boolean])[] = [
  ['right after', "Maria Lopez's death Friday shocked the town.", 'Friday', true],
  ['after a preposition', "Maria Lopez's death on Friday shocked the town.", 'Friday', true],
  ['premodifying', 'The 1957 death of Maria Lopez shocked the town.', '1957', true],
  ['a possessive time', "Friday's death of Maria Lopez shocked the town.", 'Friday', true],
  [
    'negative: at the head of its clause',
    "In 2012, a judge convicted him in Maria Lopez's death.",
    '2012',
    false,
  ],
  [
    'negative: later in the clause',
    'The death of Maria Lopez was ruled a homicide on Friday.',
    'Friday',
    false,
  ],
];

it.each(TIMES)('time %s', (_name, text, when, expected) => {
  expect(namedPatientTime(text, at(text, 'death'), at(text, when))).toBe(expected);
});
