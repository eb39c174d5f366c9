import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../model/entity-mention.js';
import { fixtureSentences, fixtureTokens } from '../attribution/test-layers.js';
import { governingPreposition } from './role-tokens.js';

/** Tokens of a sentence, the words of `verbs` tagged VERB (the rest untagged). */
const tagged = (text: string, verbs: readonly string[]) =>
  fixtureTokens(text, fixtureSentences(text)).map((t) => ({
    ...t,
    pos: verbs.includes(t.norm) ? 'VERB' : null,
  }));

const name = (text: string, surface: string) =>
  ({ span: { start: text.indexOf(surface), end: text.indexOf(surface) + surface.length } }) as EntityMention;

describe('governingPreposition', () => {
  it.each([
    ['the phrase a name sits in', 'Troops moved to Tarsa.', ['moved'], 'Tarsa', 'to'],
    ['"of" before a name', 'They shelled the outskirts of Tarsa.', ['shelled'], 'Tarsa', 'of'],
    [
      '"to" before a verb is an infinitive, no phrase',
      'He came to confirm Tomas Brel was dead.',
      ['came', 'confirm'],
      'Tomas Brel',
      null,
    ],
    [
      'negative: "to" before an untagged word stays a preposition',
      'He came to visit Tarsa.',
      ['came'],
      'Tarsa',
      'to',
    ],
  ])('%s', (_, text, verbs, surface, expected) => {
    const toks = tagged(text, verbs);
    const i = governingPreposition(toks, name(text, surface), 0);
    expect(i === null ? null : toks[i]!.norm).toBe(expected);
  });
});
