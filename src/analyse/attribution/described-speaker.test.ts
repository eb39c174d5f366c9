import { describe, it } from 'vitest';
import { checkRow, org, person, type Row } from './test-attributions.js';

/** The closing "he added" claim of `text`, its "he" counted among the earlier "he"s ("The", "the"). */
const added = (text: string, mention: string | null) =>
  ({
    source: ['he', text.slice(0, text.indexOf('he added') + 2).split('he').length - 1],
    cue: 'added',
    content: 'We will try again next month',
    stance: 'asserts',
    direct: true,
    mention,
  }) as const;

const quoted = (source: string) =>
  ({ source, cue: 'said', content: 'The talks have failed', stance: 'asserts', direct: true }) as const;

const row = (
  name: string,
  text: string,
  entities: Row[2],
  first: Row[3][number],
  mention: string | null,
): Row => [name, text, entities, [first, added(text, mention)]];

/** "He" after a source that describes a person without naming them stands for that person, not one it names. */
const ROWS: readonly Row[] = [
  row(
    'a spokesman for a named person: not that person',
    '"The talks have failed," said a spokesman for President Okafor. "We will try again next month," he added.',
    [person('Okafor')],
    { ...quoted('a spokesman for President Okafor'), mention: null },
    null,
  ),
  row(
    'a spokesman for an organisation: no person named earlier either',
    'Colonel Ruiz led the attack. "The talks have failed," said a spokesman for the army. "We will try again next month," he added.',
    [person('Colonel Ruiz'), org('army')],
    { ...quoted('a spokesman for the army'), mention: 'army' },
    null,
  ),
  row(
    'negative: a named spokesman is who "he" stands for',
    '"The talks have failed," said Garba Musa, a spokesman for President Okafor. "We will try again next month," he added.',
    [person('Garba Musa'), person('Okafor')],
    { ...quoted('Garba Musa'), mention: 'Garba Musa' },
    'Garba Musa',
  ),
  row(
    'negative: a ministry describes no person; "he" finds the minister named before',
    'Health Minister Lena Ortiz visited the ward. The ministry said the talks had failed. "We will try again next month," he added.',
    [person('Lena Ortiz')],
    { source: 'The ministry', cue: 'said', content: 'the talks had failed', stance: 'asserts' },
    'Lena Ortiz',
  ),
  row(
    'negative: a title is often someone named before',
    'President Dana Pell toured the port. The president said the talks had failed. "We will try again next month," he added.',
    [person('Dana Pell')],
    { source: 'The president', cue: 'said', content: 'the talks had failed', stance: 'asserts' },
    'Dana Pell',
  ),
];

describe('describedSpeaker', () => {
  it.each(ROWS)('%s', (_, text, entities, expected) => checkRow(text, entities, expected, true));
});
