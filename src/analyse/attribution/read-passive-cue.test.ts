import { describe, it } from 'vitest';
import { checkRow, org, type Row } from './test-attributions.js';

/** A passive cue: the subject is spoken of, never the speaker; the agent after "by" speaks, else no one named. */
const ROWS: readonly Row[] = [
  [
    'a passive accusation with no agent: accuses, source unstated',
    'Militias were accused of burning farms in the valley.',
    [],
    [{ source: null, cue: 'were accused of', content: 'burning farms in the valley', stance: 'accuses' }],
  ],
  [
    'the agent after "by" is the source',
    'The militia was accused by the Monitor of burning farms.',
    [org('Monitor')],
    [
      {
        source: 'the Monitor',
        cue: 'was accused',
        content: 'burning farms',
        stance: 'accuses',
        mention: 'Monitor',
      },
    ],
  ],
  [
    'a passive estimate: the subject is what is estimated, not who estimates',
    'Ruritania is estimated to hold 900 tanks.',
    [org('Ruritania')],
    [{ source: null, cue: 'is estimated', content: 'to hold 900 tanks', stance: 'asserts', mention: null }],
  ],
  [
    'the verb group opens the cue; a negated accusation declines (negated-cue.ts)',
    'The guards have never been charged with theft.',
    [],
    [{ source: null, cue: 'have never been charged with', content: 'theft', stance: 'declines' }],
  ],
  [
    'negative: an active accusation keeps its subject as source',
    'The Monitor accused the militia of burning farms.',
    [org('The Monitor')],
    [
      {
        source: 'The Monitor',
        cue: 'accused',
        content: 'the militia of burning farms',
        stance: 'accuses',
        mention: 'The Monitor',
      },
    ],
  ],
  ['negative: a passive with no charge after it', 'The report was released on Monday.', [], []],
];

describe('readPassiveCue', () => {
  it.each(ROWS)('%s', (_name, text, entities, expected) => checkRow(text, entities, expected, true));
});
