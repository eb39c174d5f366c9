import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../model/entity-mention.js';
import { fixtureSentences, fixtureTokens } from '../attribution/test-layers.js';
import { governingPreposition, isPassive } from './role-tokens.js';

/** Tokens of a sentence, the words of `verbs` tagged VERB, those of `adjectives` ADJ (the rest untagged). */
const tagged = (text: string, verbs: readonly string[], adjectives: readonly string[] = []) =>
  fixtureTokens(text, fixtureSentences(text)).map((t) => ({
    ...t,
    pos: verbs.includes(t.norm) ? 'VERB' : adjectives.includes(t.norm) ? 'ADJ' : null,
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

describe('isPassive', () => {
  it.each([
    ['after a form of "be"', 'Omar Haddad was stabbed in Tarsa.', ['stabbed'], true],
    [
      'a participle joined to another after "was"',
      'Omar Haddad was beaten and stabbed.',
      ['beaten', 'stabbed'],
      true,
    ],
    ['after "was found", a passive link', 'Omar Haddad was found stabbed.', ['found', 'stabbed'], true],
    [
      'participles joined after "was later found"',
      'Omar Haddad was later found beaten, burned and stabbed.',
      ['found', 'beaten', 'burned', 'stabbed'],
      true,
    ],
    [
      'negative: a link without an auxiliary is an active verb',
      'Omar Haddad found a knife and stabbed Ana.',
      ['found', 'stabbed'],
      false,
    ],
    [
      'negative: a present participle after "was" is progressive',
      'Omar Haddad was stabbing Ana.',
      ['stabbing'],
      false,
    ],
    [
      'negative: a verb joined to an active one stays active',
      'Gunmen stormed and stabbed Ana.',
      ['stormed', 'stabbed'],
      false,
    ],
    [
      'negative: a word no verb before "and" joins no participle ("was angry and stabbed")',
      'Omar Haddad was angry and stabbed Ana.',
      ['stabbed'],
      false,
    ],
    [
      'participles listed with commas share "was"',
      'Omar Haddad was shot, burned and stabbed.',
      ['shot', 'burned', 'stabbed'],
      true,
    ],
    [
      'a comma before the last "and" ("burned, and stabbed")',
      'Omar Haddad was shot, burned, and stabbed.',
      ['shot', 'burned', 'stabbed'],
      true,
    ],
    [
      'an adjective after a passive link joins the participle ("found guilty and")',
      'Omar Haddad was found guilty and stabbed.',
      ['found', 'stabbed'],
      true,
    ],
    [
      'negative: an adjective with no link before it ("was angry and")',
      'Omar Haddad was angry and stabbed Ana.',
      ['stabbed'],
      false,
    ],
  ])('%s', (_, text, verbs, expected) => {
    const toks = tagged(text, verbs, ['angry', 'guilty']);
    const i = toks.findIndex((t) => t.norm.startsWith('stabb'));
    expect(isPassive(toks, { first: i, last: i + 1 })).toBe(expected);
  });
});
