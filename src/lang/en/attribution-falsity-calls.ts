import { CLAIM_ANAPHORS } from './attribution-cues.js';

/**
 * Calling a claim false: "…, which the owner called a lie", "a claim the rebels called baseless", "the ministry
 * dismissed the report as propaganda". Such a call denies the claim; without a word of falsity it judges
 * something else ("called it a victory"). Data only; read by src/analyse/attribution/read-falsity-call.ts.
 */

/** Verbs that name what their object is ("called it a lie", "described the report as false"). */
export const FALSITY_CALL_VERBS: readonly string[] = [
  'called',
  'calls',
  'call',
  'described',
  'describes',
  'describe',
  'branded',
  'brands',
  'brand',
  'labelled',
  'labeled',
  'labels',
  'label',
  'termed',
  'terms',
  'term',
  'dismissed',
  'dismisses',
  'dismiss',
  'rejected',
  'rejects',
  'reject',
  'denounced',
  'denounces',
  'denounce',
];

/** Words that say a claim is false ("a lie", "baseless", "a complete fabrication", "propaganda"). */
export const FALSITY_WORDS: readonly string[] = [
  'lie',
  'lies',
  'false',
  'falsehood',
  'falsehoods',
  'untrue',
  'baseless',
  'groundless',
  'unfounded',
  'fabricated',
  'fabrication',
  'fabrications',
  'fiction',
  'fictitious',
  'fake',
  'bogus',
  'nonsense',
  'propaganda',
  'hoax',
  'disinformation',
  'misinformation',
  'slander',
  'slanderous',
  'libel',
  'libellous',
  'libelous',
  'lying',
  'invented',
  'made-up',
];

/** Words that may stand before a word of falsity in its phrase ("a complete lie", "totally baseless", "as pure propaganda"). */
export const FALSITY_PREMODIFIERS: readonly string[] = [
  'a',
  'an',
  'the',
  'as',
  'pure',
  'complete',
  'completely',
  'total',
  'totally',
  'outright',
  'blatant',
  'absolute',
  'absolutely',
  'utter',
  'utterly',
  'entirely',
  'wholly',
  'simply',
  'just',
  'more',
  'malicious',
  'deliberate',
  'big',
  'another',
  'all',
  'and',
];

/** Pronouns that stand for a claim as the object called false ("called it a lie", "dismissed this as nonsense"). */
export const CLAIM_PRONOUNS: readonly string[] = ['it', 'this', 'that', 'these', 'those', 'them'];

/**
 * Nouns of a claim: set in apposition after it ("…, a claim the rebels called baseless") or the object called
 * false ("called the reports a lie"; "called climate change a hoax" calls no claim false).
 */
export const CLAIM_NOUNS: readonly string[] = [
  ...[...CLAIM_ANAPHORS].filter((w) => !CLAIM_PRONOUNS.includes(w)),
  'assertion',
  'assertions',
  'version',
  'suggestion',
  'suggestions',
  'story',
  'stories',
  'rumour',
  'rumours',
  'rumor',
  'rumors',
  'news',
];

/** Determiners that open such an apposition ("a claim", "an allegation"). */
export const CLAIM_APPOSITION_DETERMINERS: readonly string[] = ['a', 'an', 'the', 'one'];

/** Words after a call verb that make it something else ("called for", "called on", "called off"). */
export const CALL_PARTICLES: readonly string[] = ['for', 'on', 'upon', 'off', 'in', 'up', 'out', 'to', 'by'];
