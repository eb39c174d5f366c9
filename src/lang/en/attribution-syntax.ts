import type { EntityType } from '../../model/entity-mention.js';

/** Pronoun sources and the entity types they may stand for ("it says" → an organization or group). */
export const SOURCE_PRONOUNS: Readonly<Record<string, readonly EntityType[]>> = {
  he: ['person'],
  she: ['person'],
  it: ['organization', 'group'],
  they: ['group', 'organization'],
  we: [],
  i: [],
};

/**
 * Relative pronouns that can open a source ("Kent Carper, who said …") and the entity types they stand for:
 * the name right before them (a comma between) is the speaker.
 */
export const SOURCE_RELATIVE_PRONOUNS: Readonly<Record<string, readonly EntityType[]>> = {
  who: ['person', 'group', 'organization'],
  which: ['organization', 'group'],
};

/**
 * Relative pronouns that open a clause between a subject and its cue ("The soldiers who seized power said", "the
 * group that took the town said"): the subject is the noun phrase before them.
 */
export const RELATIVE_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['who', 'that', 'which']);

/** Words between a source and its cue that belong to neither ("X has also said", "X reportedly said"). */
export const PRE_CUE_MODIFIERS: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'also',
  'later',
  'earlier',
  'previously',
  'further',
  'then',
  'separately',
  'again',
  'repeatedly',
  'now',
  'publicly',
  'privately',
  'reportedly',
  'allegedly',
  'recently',
  'once',
  'already',
  'quickly',
  'would',
  'will',
  'did',
  'does',
  'do',
]);

/** A form of "be" right before a cue makes it passive or adjectival ("was reported killed"): not a report. */
export const BE_FORMS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "'s",
]);

/**
 * Cue verbs whose passive subject is the one spoken about, not the speaker ("peacekeepers have been accused of
 * …", "X was blamed for …"): with no "by" agent, such a claim's source is unstated.
 */
export const PASSIVE_TARGET_CUES: ReadonlySet<string> = new Set([
  'accused',
  'blamed',
  'charged',
  'criticized',
  'criticised',
  'condemned',
  'denounced',
  'faulted',
  'suspected',
  'implicated',
]);

/** Adverbs between a form of "be" and its participle ("has been harshly criticized", "was not accused"). */
export const PASSIVE_ADVERBS: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'never',
  'also',
  'sometimes',
  'often',
  'repeatedly',
  'widely',
  'publicly',
  'harshly',
  'previously',
  'already',
  'falsely',
  'wrongly',
  'reportedly',
  'allegedly',
]);

/** Words right before a cue that make it a noun or adjective ("the said document", "their claims"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'such',
  'any',
  'no',
  'said',
]);

/** Words that end a source noun phrase when walking away from the cue. */
export const SOURCE_BOUNDARIES: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'as',
  'because',
  'when',
  'where',
  'if',
  'after',
  'before',
  'since',
  'but',
  'or',
  'so',
  'than',
  'to',
  'although',
  'though',
  'whether',
  'meaning',
  'not',
  'what',
]);

/** Words that end a source after "according to" ("according to statements released in Syria"). */
export const SOURCE_TAIL_STOPS: ReadonlySet<string> = new Set([
  'released',
  'published',
  'issued',
  'posted',
  'seen',
  'obtained',
  'quoted',
  'cited',
  'in',
  'on',
  'at',
  'since',
  'during',
  'after',
  'before',
]);

/** Words that open an adverbial between a cue and its content ("said in a statement that", "said on Friday:"). */
export const CUE_ADVERBIAL_STARTS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'late',
  'earlier',
  'later',
  'yesterday',
  'today',
  'tonight',
  'also',
  'separately',
  'again',
  'repeatedly',
  'publicly',
  'privately',
  'previously',
  'recently',
  'overnight',
]);

/** Conjunctions opening an adverbial clause right after a cue ("said as he entered the talks"): no content there. */
export const ADVERBIAL_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'as',
  'when',
  'while',
  'after',
  'before',
  'because',
  'since',
  'although',
  'though',
  'until',
]);

/** Universal POS tags that cannot sit inside a source noun phrase (when the tagger gave tags). */
export const NON_SOURCE_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'SCONJ', 'ADV', 'INTJ']);

/**
 * Prepositions whose object is not the speaker ("speaking to reporters", "in the capital"): a tagger's source right
 * after one, outside the cue, yields to the rules' subject. Not "by" (a passive agent speaks: "was criticized by
 * X") nor "to" inside "according to".
 */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'to',
  'in',
  'at',
  'on',
  'for',
  'with',
  'about',
  'into',
  'toward',
  'towards',
  'against',
  'among',
  'over',
  'of',
]);

/**
 * Joint sources ("the Observatory and state news agency SANA said"): the words that join two speakers named in
 * one source phrase, and the words that show the second name is not a speaker but part of the first's
 * description ("the head of the UN and …", "officials in Moscow and Ankara" — places never speak here anyway).
 */
export const JOINT_SOURCE_LINKS: ReadonlySet<string> = new Set(['and', '&', 'as well as', 'along with']);
export const JOINT_SOURCE_BLOCKS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'in',
  'at',
  'from',
  'with',
  'to',
  'by',
  'between',
  'among',
  "'s",
  '’s',
]);

/** Words in or just before a cue that negate it ("did not confirm", "has never said", "neither confirmed nor denied"). */
export const CUE_NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'neither', 'nor', 'no']);

/** Verbs that refuse the cue after them ("declined to confirm", "refused to comment", "failed to say"). */
export const CUE_REFUSALS: ReadonlySet<string> = new Set([
  'declined',
  'declines',
  'decline',
  'declining',
  'refused',
  'refuses',
  'refuse',
  'refusing',
  'failed',
  'fails',
  'fail',
  'failing',
]);

/** Words that, followed by "to", leave the cue after them still undone ("has yet to confirm"). */
export const CUE_PENDING: ReadonlySet<string> = new Set(['yet']);

/** What a refusal refuses when it withholds a stance ("declined to comment", "refused to say whether"). */
export const REFUSED_CUES: ReadonlySet<string> = new Set([
  'comment',
  'confirm',
  'deny',
  'say',
  'discuss',
  'elaborate',
  'specify',
  'disclose',
  'identify',
  'give',
]);

/** Cue words that, set off by punctuation on both sides, give an example, not a claim ("some people (say, the ones …)"). */
export const EXAMPLE_CUES: ReadonlySet<string> = new Set(['say']);
