import { describe, it } from 'vitest';
import { checkRow, person, type Row } from './test-attributions.js';

const said = (source: string, mention: string | null) =>
  ({ source, cue: 'said', content: 'The ceasefire had collapsed', stance: 'asserts', mention }) as const;

/** '"…," said the spokesman, Ahmed Ali.': a name in apposition to a person word is read with the source. */
const ROWS: readonly Row[] = [
  [
    'a role, then its name',
    'The ceasefire had collapsed, said the spokesman, Ahmed Ali.',
    [person('Ahmed Ali')],
    [said('the spokesman, Ahmed Ali', 'Ahmed Ali')],
  ],
  [
    'a title, then its name',
    'The ceasefire had collapsed, said the minister, Rosa Diaz.',
    [person('Rosa Diaz')],
    [said('the minister, Rosa Diaz', 'Rosa Diaz')],
  ],
  [
    'negative: no person word before the comma',
    'The ceasefire had collapsed, said the army, Monday.',
    [],
    [said('the army', null)],
  ],
];

describe('namedApposition', () => {
  it.each(ROWS)('%s', (_, text, entities, expected) => checkRow(text, entities, expected, true));
});
