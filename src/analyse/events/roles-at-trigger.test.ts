import { expect, it } from 'vitest';
import { mentionId } from '../../model/ids.js';
import { at, FIXTURE_DOC, fixtureSentences } from '../attribution/test-layers.js';
import { assignTimes } from './assign-times.js';
import { rolesAtTrigger } from './roles-at-trigger.js';
import { time } from './test-mentions.js';
import { taggedTokens } from './test-tagged-tokens.js';

/**
 * [name, text, trigger, its part of speech, times of the sentence, the time rolesAtTrigger gives it, the time
 * assignTimes alone (no ownClause) would give it]: the rows where the last two differ show what ownClause changes.
 */
const ROWS: readonly (readonly [
  string,
  string,
  string,
  'verb' | 'noun',
  readonly string[],
  string | null,
  string | null,
])[] = [
  [
    'negative: a year premodifying a noun does not date the verb of its clause',
    'The party leader was arrested and questioned about the 1972 killing of a widow.',
    'arrested',
    'verb',
    ['1972'],
    null,
    '1972',
  ],
  [
    'the premodified noun takes its year',
    'The party leader was arrested and questioned about the 1972 killing of a widow.',
    'killing',
    'noun',
    ['1972'],
    '1972',
    '1972',
  ],
  [
    'negative: a time in a later clause with its own verb does not date the trigger',
    'The raid ended, and officials said on Sunday.',
    'raid',
    'noun',
    ['Sunday'],
    null,
    'Sunday',
  ],
  [
    'a time in the trigger clause dates it',
    'The raid ended on Sunday.',
    'ended',
    'verb',
    ['Sunday'],
    'Sunday',
    'Sunday',
  ],
  [
    'a clause that happened in the premodified noun shares its date',
    "Four men were killed in Tuesday's attack on the port.",
    'killed',
    'verb',
    ['Tuesday'],
    'Tuesday',
    'Tuesday',
  ],
  [
    'the verb keeps its own time, not the year of the noun after it',
    'Troops seized the town on Tuesday after the 2012 ceasefire collapsed.',
    'seized',
    'verb',
    ['Tuesday', '2012'],
    'Tuesday',
    'Tuesday',
  ],
];

it.each(ROWS)('%s', (_name, text, trigger, pos, whens, expected, alone) => {
  const times = whens.map((w, i) => ({ ...time(text, w), id: mentionId(FIXTURE_DOC, 't', i + 1) }));
  const layers = {
    sentences: fixtureSentences(text),
    tokens: taggedTokens(text),
    entities: [],
    places: [],
    times,
  };
  const t = at(text, trigger);
  const whenOf = (id: string | null | undefined) => whens[times.findIndex((x) => x.id === id)] ?? null;
  expect(whenOf(rolesAtTrigger(text, layers, t, pos)?.timeId)).toBe(expected);
  expect(whenOf(assignTimes([t], times)[0])).toBe(alone);
});
