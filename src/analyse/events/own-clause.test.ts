import { expect, it } from 'vitest';
import { mentionId } from '../../model/ids.js';
import { span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { at, FIXTURE_DOC, fixtureSentences, fixtureTokens } from '../attribution/test-layers.js';
import { assignTimes } from './assign-times.js';
import { tokenRange } from './clause-of.js';
import { ownClause } from './own-clause.js';
import { time } from './test-mentions.js';
import { taggedTokens } from './test-tagged-tokens.js';

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

/** [name, text, triggers, times, the time each trigger takes (null: none)] */
const PREMODIFIED: readonly (readonly [
  string,
  string,
  readonly string[],
  readonly string[],
  readonly (string | null)[],
])[] = [
  [
    'a year premodifying a noun dates the noun, not the verb',
    'The party leader was arrested and questioned about the 1972 killing of a widow.',
    ['arrested', 'killing'],
    ['1972'],
    [null, '1972'],
  ],
  [
    'a year after a preposition dates the verb',
    'The party leader was arrested in 1972.',
    ['arrested'],
    ['1972'],
    ['1972'],
  ],
  [
    'the verb keeps its own time; the premodified noun takes the premodifier',
    'Troops seized the town on Tuesday after the 2012 ceasefire collapsed.',
    ['seized', 'ceasefire'],
    ['Tuesday', '2012'],
    ['Tuesday', '2012'],
  ],
  [
    'a possessive time dates its noun, and the verb takes the other time of its clause',
    "Last week's strike closed the ports on Monday.",
    ['strike', 'closed'],
    ['Last week', 'Monday'],
    ['Last week', 'Monday'],
  ],
  [
    'a possessive time does not date the verb it is the subject of',
    "Tuesday's attack killed four men.",
    ['attack', 'killed'],
    ['Tuesday'],
    ['Tuesday', null],
  ],
  [
    'a premodified noun takes its date over the nearer clause time',
    'The hospital said on Tuesday that its last patient from the Nov 1 shooting left.',
    ['shooting'],
    ['Tuesday', 'Nov 1'],
    ['Nov 1'],
  ],
  [
    'a date before a cut-off noun dates nothing',
    'The party leader was arrested and questioned about the 1972…',
    ['arrested'],
    ['1972'],
    [null],
  ],
  [
    'a clause that happened in the premodified noun shares its date',
    "Four men were killed in Tuesday's attack on the port.",
    ['killed', 'attack'],
    ['Tuesday'],
    ['Tuesday', 'Tuesday'],
  ],
  [
    'a clause that happened in a possessed premodified noun shares its date',
    "He was killed in Israel's 2014 war.",
    ['killed', 'war'],
    ['2014'],
    ['2014', '2014'],
  ],
  [
    'a possessor with a determiner and an adjective: the preposition before it counts',
    "She was wounded during the Syrian government's 2012 offensive.",
    ['wounded', 'offensive'],
    ['2012'],
    ['2012', '2012'],
  ],
  [
    'not: a possessed premodified noun after another preposition dates only the noun',
    "He was arrested over Israel's 2014 war.",
    ['arrested', 'war'],
    ['2014'],
    [null, '2014'],
  ],
  [
    'a relative clause right after a premodified noun shares its date',
    'He is charged in a string of raids, among them the 1996 bombing which killed one man.',
    ['charged', 'bombing', 'killed'],
    ['1996'],
    [null, '1996', '1996'],
  ],
  [
    'a conjunction after a premodified noun opens no relative clause',
    'The 2012 panel said that troops killed four men.',
    ['killed'],
    ['2012'],
    [null],
  ],
  [
    'a relative clause after a premodified noun shares its date; the main verb does not',
    'The envoy visited after the May 2 raid, which killed four men.',
    ['visited', 'raid', 'killed'],
    ['May 2'],
    [null, 'May 2', 'May 2'],
  ],
];

it.each(PREMODIFIED)('%s', (_name, text, triggers, whens, expected) => {
  const toks = taggedTokens(text);
  const spans = triggers.map((w) => at(text, w));
  const times = whens.map((w, i) => ({ ...time(text, w), id: mentionId(FIXTURE_DOC, 't', i + 1) }));
  const ranges = spans.map((s) => tokenRange(toks, s.start, s.end));
  const got = assignTimes(spans, times, ownClause(text, toks, ranges, times));
  expect(got.map((id) => whens[times.findIndex((t) => t.id === id)] ?? null)).toEqual(expected);
});
