import { describe, expect, it } from 'vitest';
import { fixtureSentences, fixtureTokens } from '../attribution/test-layers.js';
import { clauseOf, tokenRange } from './clause-of.js';
import { sharedAuxiliaryClause } from './shared-auxiliary.js';

/** Tokens of a sentence: "was" an auxiliary, the words of `verbs` tagged VERB (the rest untagged). */
const tagged = (text: string, verbs: readonly string[]) =>
  fixtureTokens(text, fixtureSentences(text)).map((t) => ({
    ...t,
    pos: verbs.includes(t.norm) ? 'VERB' : t.norm === 'was' ? 'AUX' : null,
  }));

/** The text of the clause a trigger is read in, the trigger being the first occurrence of `word`. */
const clauseText = (
  text: string,
  verbs: readonly string[],
  word: string,
  inName?: (i: number) => boolean,
) => {
  const toks = tagged(text, verbs);
  const at = text.indexOf(word);
  const trigger = tokenRange(toks, at, at + word.length);
  const c = sharedAuxiliaryClause({ text, toks, trigger }, clauseOf(text, toks, trigger), inName);
  return text.slice(toks[c.first]!.span.start, toks[c.last - 1]!.span.end);
};

describe('sharedAuxiliaryClause', () => {
  it.each([
    [
      'a participle after a comma shares the auxiliary: its clause reaches back to it',
      'Omar Haddad was shot, stabbed and beaten in Tarsa.',
      ['shot', 'stabbed', 'beaten'],
      'stabbed',
      'Omar Haddad was shot, stabbed and beaten in Tarsa',
    ],
    [
      'the last of a list past two commas',
      'Later, Omar Haddad was shot, burned, and stabbed.',
      ['shot', 'burned', 'stabbed'],
      'stabbed',
      'Omar Haddad was shot, burned, and stabbed',
    ],
    [
      'negative: a clause with a subject of its own after the comma',
      'Omar Haddad was shot, gunmen stabbed Ana.',
      ['shot', 'stabbed'],
      'stabbed',
      'gunmen stabbed Ana',
    ],
    [
      'negative: no auxiliary before the list (an active verb)',
      'Gunmen shot, stabbed and beat Ana.',
      ['shot', 'stabbed', 'beat'],
      'stabbed',
      'stabbed and beat Ana',
    ],
    [
      'negative: a clause after no comma is kept',
      'Omar Haddad was stabbed in Tarsa.',
      ['stabbed'],
      'stabbed',
      'Omar Haddad was stabbed in Tarsa',
    ],
  ])('%s', (_, text, verbs, word, expected) => {
    expect(clauseText(text, verbs, word)).toBe(expected);
  });

  it('negative: an auxiliary inside a name is none', () => {
    const text = 'Omar Was shot, stabbed and beaten.';
    expect(clauseText(text, ['shot', 'stabbed', 'beaten'], 'stabbed', (i) => i <= 1)).toBe(
      'stabbed and beaten',
    );
  });
});
