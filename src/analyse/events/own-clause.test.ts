import { expect, it } from 'vitest';
import { span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { at, fixtureSentences, fixtureTokens } from '../attribution/test-layers.js';
import { assignTimes } from './assign-times.js';
import { tokenRange } from './clause-of.js';
import { ownClause } from './own-clause.js';
import { time } from './test-mentions.js';

/** Verbs of the test sentences (the fixture tokens carry no tags). */
const VERBS = new Set(['pushed', 'failed', 'reach', 'told', 'spoke', 'killed', 'is', 'visited']);

/** [name, text, trigger, time, whether the time dates the trigger] */
const ROWS: readonly (readonly [string, string, string, string, boolean])[] = [
  [
    'a time in another clause with its own verb dates that clause',
    'Having failed to reach him in 2009, the army kept quiet, and few officers were told about the raid.',
    'raid',
    '2009',
    false,
  ],
  [
    'a verbless opening phrase dates the clause after it',
    'On Sunday, the raid ended.',
    'raid',
    'Sunday',
    true,
  ],
  [
    'a time in the trigger clause dates it',
    'Officers spoke about the raid on Sunday.',
    'raid',
    'Sunday',
    true,
  ],
  [
    'a relative clause is dated with the clause it qualifies, past a verbless apposition',
    'The envoy visited the town after the May 2 raid in the north, near Tarsa, which killed four men.',
    'killed',
    'May 2',
    true,
  ],
  [
    'a time in a later clause with its own verb does not date the trigger',
    'The raid ended, and officials spoke on Sunday.',
    'raid',
    'Sunday',
    false,
  ],
];

it.each(ROWS)('%s', (_name, text, trigger, when, dates) => {
  const toks: Token[] = fixtureTokens(text, fixtureSentences(text)).map((t) => ({
    ...t,
    pos: VERBS.has(t.norm) ? 'VERB' : 'NOUN',
  }));
  const t = at(text, trigger);
  const times = [time(text, when)];
  const fits = ownClause(text, toks, [tokenRange(toks, t.start, t.end)], times);
  expect(assignTimes([span(t.start, t.end)], times, fits)).toEqual([dates ? times[0]!.id : null]);
});
