/**
 * Participles after a comma that go on with a speaker's own report ("X said Y was wrong, adding that …"): when the
 * clause before the comma is what a reporting verb says, they hang on that verb's subject, not on the reported
 * clause's ("Y"). Attitudes ("fearing", "hoping") stay with the nearest clause ("X says civilians are fleeing,
 * fearing …").
 */
export const SPEECH_PARTICIPLES: ReadonlySet<string> = new Set([
  'adding',
  'saying',
  'noting',
  'stressing',
  'insisting',
  'explaining',
  'arguing',
  'asserting',
  'claiming',
  'alleging',
  'telling',
  'warning',
  'urging',
  'calling',
  'describing',
  'accusing',
  'denying',
  'citing',
  'pointing',
  'underlining',
  'emphasising',
  'emphasizing',
  'acknowledging',
  'conceding',
  'suggesting',
  'vowing',
  'promising',
]);

/** Demonstratives that, standing alone, point at a thing said, never at a speaker ("this was a mistake"). */
export const LONE_DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);

/** Object pronouns that can be the listener of "told" before an unmarked clause ("told him the talks failed"). */
export const ADDRESSEE_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'you']);

/** Subject pronouns that can open the clause after a listener ("told reporters he would stay"). */
export const CLAUSE_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'we',
  'i',
  'it',
  'you',
]);

/**
 * Past participles that, between a determiner, number or possessive and a noun, describe it rather than report
 * ("these two alleged assassins", "the reported attack", "his suspected accomplice"): no cue there.
 */
export const ATTRIBUTIVE_PARTICIPLES: ReadonlySet<string> = new Set([
  'alleged',
  'reported',
  'suspected',
  'purported',
  'supposed',
  'presumed',
  'claimed',
  'rumored',
  'rumoured',
  'accused',
  'confirmed',
]);

/** Words before such a participle that make it describe the noun after it ("the", "their", "two"). */
export const ATTRIBUTIVE_LEAD_TAGS: ReadonlySet<string> = new Set(['DET', 'NUM']);
export const ATTRIBUTIVE_LEAD_WORDS: ReadonlySet<string> = new Set([
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  "'s",
  '’s',
]);
/** What may follow the participle for it to describe a noun. */
export const ATTRIBUTIVE_NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);
