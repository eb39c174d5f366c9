/** Prepositions that put a place in a trigger's clause where it happened ("seized the district of X", "near Y"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'into',
  'on',
  'near',
  'of',
  'at',
  'to',
  'towards',
  'toward',
  'around',
  'outside',
  'inside',
  'across',
  'from',
  'over',
]);

/** Prepositions that make the entity after them a circumstance, not the subject ("the outskirts of Aleppo"). */
export const NON_SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'in',
  'on',
  'at',
  'from',
  'to',
  'into',
  'near',
  'for',
  'with',
  'against',
  'under',
  'around',
  'by',
  'towards',
]);

/** A form of "be"/"get" right before a verb trigger makes it passive ("were killed", "was captured"). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'got',
  'get',
  'gets',
  "'s",
  "'re",
]);

/** A present participle after a form of "be" is progressive, not passive ("were killing", "is seizing"). */
export const PRESENT_PARTICIPLE = /ing$/;

/** Adverbs skipped when looking for the passive auxiliary ("were also killed", "was reportedly seized"). */
export const TRIGGER_ADVERBS: ReadonlySet<string> = new Set([
  'also',
  'reportedly',
  'allegedly',
  'then',
  'later',
  'subsequently',
  'again',
  'finally',
  'eventually',
  'now',
  'all',
]);

/**
 * Verbs that, after a passive auxiliary, pass it on to a participle after them ("was found stabbed", "were left
 * wounded"): the participle is passive, its subject the one it befell.
 */
export const PASSIVE_LINKS: ReadonlySet<string> = new Set(['found', 'left']);

/** Words joining participles that share one passive auxiliary ("was beaten and stabbed", "was shot, stabbed"). */
export const PARTICIPLE_JOINERS: ReadonlySet<string> = new Set(['and', 'or', ',']);

/** Tags of a participle joined before a trigger ("beaten and"); not an adjective ("was angry and stabbed X"). */
export const PARTICIPLE_TAGS: ReadonlySet<string> = new Set(['VERB']);

/**
 * Tags of a complement of a passive link joined before a trigger ("was found guilty and executed": "executed" is
 * passive too); without the link it is no participle ("was angry and stabbed X").
 */
export const LINK_COMPLEMENT_TAGS: ReadonlySet<string> = new Set(['ADJ']);

/** Tokens that end a clause. A spaced hyphen ("rebel hands - densely populated") ends one too. */
export const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set([',', ';', ':', '–', '—', '(', ')']);

/** Agent markers after a trigger: "killed by rebel fire", "retaken by the army". */
export const AGENT_MARKERS: ReadonlySet<string> = new Set(['by']);

/** Markers of the affected party after a noun trigger ("air strikes on X", "an assault against Y"). */
export const TARGET_MARKERS: ReadonlySet<string> = new Set(['on', 'against']);

/**
 * Participles of verbs that need an object: with none after them, only a preposition or the clause end, they are
 * passive ("the first officer killed in the line of duty", "two men detained at the border").
 */
export const OBJECT_VERB_PARTICIPLES: ReadonlySet<string> = new Set([
  'killed',
  'murdered',
  'slain',
  'wounded',
  'injured',
  'arrested',
  'detained',
  'abducted',
  'kidnapped',
  'shot',
  'stabbed',
  'strangled',
  'beheaded',
  'lynched',
]);

/** Words right after such a participle that show it has no object. */
export const NO_OBJECT_NEXT: ReadonlySet<string> = new Set([
  'in',
  'during',
  'on',
  'at',
  'near',
  'while',
  'when',
  'after',
  'since',
  'last',
  'this',
  'overnight',
  'yesterday',
  'today',
]);

/** Phrases right after such a participle that show it has none ("X stabbed to death in his home"). */
export const NO_OBJECT_PHRASES: readonly (readonly string[])[] = [['to', 'death']];

/** Auxiliaries before a participle that make it active ("had killed in the past"). */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having']);

/** Determiners that are also relative pronouns: a past tense after one is a verb ("the group that seized X"). */
export const RELATIVE_DETERMINERS: ReadonlySet<string> = new Set(['that']);

/** The oldest age an appositive number after a name may tell ("Maria Lopez, 47, was stabbed"). */
export const APPOSITIVE_AGE_MAX = 120;
