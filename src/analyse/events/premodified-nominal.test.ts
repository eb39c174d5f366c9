import { expect, it } from 'vitest';
import { at } from '../attribution/test-layers.js';
import { type TokenRange, tokenRange } from './clause-of.js';
import { premodifiedNominal } from './premodified-nominal.js';
import { taggedTokens } from './test-tagged-tokens.js';

/**
 * [name, text, time, the words of the noun it premodifies after it ('' when cut off) and the first word of the
 * phrase, or null when the time stands alone]
 */
const ROWS: readonly (readonly [string, string, string, readonly [string, string] | null])[] = [
  [
    'a year between a determiner and a noun',
    'He was arrested over the 1972 killing of a widow.',
    '1972',
    ['killing', 'the'],
  ],
  [
    'a date between a determiner and a noun',
    'A nurse hurt in the Nov 1 airport shooting left.',
    'Nov 1',
    ['airport shooting', 'the'],
  ],
  ['a possessive time', "Tuesday's deadly attack shocked them.", 'Tuesday', ['deadly attack', 'Tuesday']],
  ['a possessive relative time', "Last week's strike closed ports.", 'Last week', ['strike', 'Last']],
  ['a possessive determiner', 'Police reopened his 2009 arrest file.', '2009', ['arrest file', 'his']],
  [
    'after a possessive name: the phrase opens at the possessor',
    "Israel's 2014 war in Gaza ended.",
    '2014',
    ['war', 'Israel'],
  ],
  [
    'after a determined possessor',
    "She was wounded during the Syrian government's 2012 offensive.",
    '2012',
    ['offensive', 'the'],
  ],
  ['a possessor after a preposition', "He was killed in Israel's 2014 war.", '2014', ['war', 'Israel']],
  [
    'a hyphen compound',
    'Troops left after the 2012 Turkish-backed truce.',
    '2012',
    ['Turkish-backed truce', 'the'],
  ],
  ['a phrase cut off', 'He was questioned about the 1972…', '1972', ['', 'the']],
  ['not: after a preposition', 'He was arrested in 1972 in Belfast.', '1972', null],
  ['not: a time with its own modifier', 'The next day police arrested ten men.', 'next day', null],
  ['not: a bare time before the subject', 'On Tuesday police arrested ten men.', 'Tuesday', null],
  [
    'not: a determiner with no noun after',
    'Troops seized it on the Tuesday after the vote.',
    'Tuesday',
    null,
  ],
  ['not: a possessive with no noun after', "Tuesday's was the worst.", 'Tuesday', null],
];

it.each(ROWS)('%s', (_name, text, when, nominal) => {
  const toks = taggedTokens(text);
  const t = at(text, when);
  const got = premodifiedNominal(toks, tokenRange(toks, t.start, t.end));
  const words = (r: TokenRange) =>
    r.last > r.first ? text.slice(toks[r.first]!.span.start, toks[r.last - 1]!.span.end) : '';
  expect(got && [words(got.noun), words({ first: got.opens, last: got.opens + 1 })]).toEqual(nominal);
});
