import { POSSESSIVE_DETERMINERS } from './possessive-determiners.js';

/**
 * Words the event role rules read around a trigger: what opens a subordinate or relative clause (its subject
 * and objects are not the trigger's), light verbs whose object is a noun trigger, and heads that make a trigger word
 * a modifier ("mortar systems"). Place cues are in events-place-cues.ts.
 */

/** Words that always open a subordinate clause ("…, while fighting continued", "because rebels withdrew"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'while',
  'whilst',
  'because',
  'although',
  'though',
  'whereas',
  'unless',
  'when',
  'whenever',
]);

/** Words that open a subordinate clause only when a verb follows ("since the regime began"), else prepositions. */
export const PREPOSITIONAL_SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'since',
  'until',
]);

/** Relative pronouns: "insurgents who fled", "attacks which killed", "the city that rebels seized". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'which', 'that']);

/** A relative adverb whose antecedent is the place of what its clause tells ("Tariq al-Bab where fighting raged"). */
export const PLACE_RELATIVES: ReadonlySet<string> = new Set(['where']);

/** Words between a relative pronoun and its verb that do not make it an object relative ("who have fled"). */
export const VERB_GROUP_WORDS: ReadonlySet<string> = new Set([
  'have',
  'has',
  'had',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'did',
  'do',
  'does',
  'not',
  'reportedly',
  'allegedly',
  'also',
  'then',
  'later',
  'again',
  'already',
  'recently',
  'previously',
  'just',
  'now',
]);

/**
 * Words that may stand between the start of a subjectless clause and its verb trigger ("…, and have begun pushing
 * into …", "…, then tried to retake …"): the clause goes on with the subject before.
 */
export const CONTINUATIONS: ReadonlySet<string> = new Set([
  'and',
  'then',
  'thereby',
  'subsequently',
  'eventually',
  'finally',
  'to',
  'began',
  'begun',
  'begin',
  'started',
  'start',
  'continued',
  'continue',
  'tried',
  'attempted',
  'sought',
  'went',
  'on',
]);

/** Subject pronouns and words that start a clause's subject after "that" ("that they seized", "that the army"). */
export const SUBJECT_STARTS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'they',
  'it',
  'he',
  'she',
  'we',
  'i',
  'you',
  'its',
  'their',
  'his',
  'her',
  'our',
]);

/**
 * Verbs that take a noun trigger as object; their subject is its actor ("IS carried out a mortar attack",
 * "Assad must halt air strikes").
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'carried',
  'carry',
  'carries',
  'carrying',
  'conducted',
  'conduct',
  'conducts',
  'conducting',
  'launched',
  'launch',
  'launches',
  'launching',
  'began',
  'begin',
  'begins',
  'begun',
  'beginning',
  'staged',
  'stage',
  'mounted',
  'mount',
  'waged',
  'wage',
  'waging',
  'unleashed',
  'intensified',
  'resumed',
  'resume',
  'stepped',
  'step',
  'halt',
  'halted',
  'stop',
  'stopped',
  'cease',
  'ceased',
  'suspend',
  'suspended',
  'escalate',
  'escalated',
  'intensify',
  'renewed',
]);

/** Particles a light verb may take before its object ("carried out", "stepped up"). */
export const LIGHT_VERB_PARTICLES: ReadonlySet<string> = new Set(['out', 'up']);

/** Heads of "<head> of X" that make X the actor ("members of IS killed", "fighters of the YPG seized"). */
export const ACTOR_HEADS: ReadonlySet<string> = new Set([
  'members',
  'fighters',
  'militants',
  'forces',
  'troops',
  'units',
  'soldiers',
  'supporters',
  'elements',
  'militiamen',
  'gunmen',
  'jets',
  'warplanes',
  'aircraft',
]);

/** Nouns after a noun trigger that make it a modifier, not an event ("mortar systems", "fighting positions"). */
export const MODIFIED_HEADS: ReadonlySet<string> = new Set([
  'rifle',
  'rifles',
  'weapon',
  'weapons',
  'charge',
  'charges',
  'system',
  'systems',
  'team',
  'teams',
  'position',
  'positions',
  'range',
  'crew',
  'crews',
  'emplacement',
  'emplacements',
  'piece',
  'pieces',
  'launcher',
  'launchers',
  'tube',
  'tubes',
  'vehicle',
  'vehicles',
  'tank',
  'tanks',
  'unit',
  'units',
  'battery',
  'batteries',
  'cache',
  'caches',
  'depot',
  'depots',
  'age',
  'rate',
  'rates',
  'warrant',
  'warrants',
  // "the murder trial", "the shooting suspect": a trial or a suspect, no happening told
  'trial',
  'trials',
  'suspect',
  'suspects',
  'conviction',
  'convictions',
  'victim',
  'victims',
]);

/** Prepositions before an "-ed" verb trigger that make it an adjective ("rescued from bombed buildings"). */
export const ADJECTIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'from',
  'through',
  'of',
  'into',
  'in',
  'among',
  'with',
  'amid',
]);

/**
 * What makes a `definite` noun trigger name one happening (events-triggers.ts): a definite determiner or a
 * possessive ("Maria's", "IRA's") before it, with at most DEFINITE_TRIGGER_GAP words between, each a date or
 * number ("1957", "Nov.", "1"), a capitalised name ("IRA") or one of DEFINITE_TRIGGER_MODIFIERS.
 */
export const DEFINITE_TRIGGER_LEADS: ReadonlySet<string> = new Set([
  'the',
  'this',
  'that',
  ...POSSESSIVE_DETERMINERS,
]);
export const DEFINITE_TRIGGER_GAP = 3;
export const DEFINITE_TRIGGER_MODIFIERS: ReadonlySet<string> = new Set([
  'alleged',
  'suspected',
  'apparent',
  'brutal',
  'deadly',
  'fatal',
  'recent',
  'latest',
  'first',
  'second',
  'last',
  'mass',
  'double',
  'unsolved',
  'gangland',
  'police',
]);
