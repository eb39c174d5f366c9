/**
 * Words around a name that speak for or against its being a person, used over the whole document: one cue
 * anywhere types every mention of the name.
 */

/** A relative pronoun right after a name (", who"): the name is a person. */
export const PERSON_RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose']);

/** A relative pronoun right after a name (", which"): the name is a thing, a body or a place, not a person. */
export const THING_RELATIVES: ReadonlySet<string> = new Set(['which']);

/** A noun right after a name that makes the name a body with members ("X members", "X militants"). */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'members',
  'member',
  'militants',
  'militiamen',
  'fighters',
  'gunmen',
]);

/** Of these, the nouns that make the body an armed group. */
export const ARMED_MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'militants',
  'militiamen',
  'fighters',
  'gunmen',
]);

/**
 * Plural or site nouns before "of" that introduce a list of places ("the towns of A, B and C", "the mosques of
 * A and B"); every name of the list is a place. Singular settlement cues ("the town of") live in
 * geo-place-cues.ts.
 */
export const PLACE_LIST_CUES_BEFORE: readonly string[] = [
  'towns of',
  'cities of',
  'villages of',
  'provinces of',
  'regions of',
  'states of',
  'countries of',
  'mosque of',
  'mosques of',
  'church of',
  'churches of',
  'shrine of',
  'shrines of',
  'tomb of',
  'tombs of',
  'temple of',
  'temples of',
];

/** Words that join the names of one list ("A, B and C"). */
export const LIST_JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or']);

/**
 * First words of company names ("Air France", "Air Koryo"): a name of two or more words opening so is an
 * organisation, unless its second word is a rank ("Air Marshal Smith", "Air Chief Marshal …").
 */
export const COMPANY_OPENERS: ReadonlySet<string> = new Set(['air']);
export const OPENER_RANKS: ReadonlySet<string> = new Set([
  'marshal',
  'chief',
  'vice',
  'commodore',
  'commodores',
]);

/**
 * Last words of company names ("Afrique Oil", "Gulf Petroleum", "Delta Air Lines"): a name ending so is an
 * organisation unless the tagger read it as a place.
 */
export const COMPANY_HEADS: ReadonlySet<string> = new Set([
  'oil',
  'petroleum',
  'gas',
  'energy',
  'telecom',
  'telecoms',
  'communications',
  'airlines',
  'airways',
  'motors',
  'steel',
  'mining',
  'chemicals',
  'pharmaceuticals',
  'foods',
  'breweries',
  'electric',
  'electronics',
  'insurance',
  'holdings',
  'industries',
  'enterprises',
  'logistics',
  'shipping',
  'inc',
  'inc.',
  'corp',
  'corp.',
  'ltd',
  'ltd.',
  'plc',
  'llc',
  'gmbh',
]);

/**
 * Lower-case words that join two parts of one organisation's name ("National Movement for the Liberation of
 * Azawad", "Council of the European Union").
 */
export const ORG_NAME_JOINERS: readonly (readonly string[])[] = [
  ['for', 'the'],
  ['for'],
  ['of', 'the'],
  ['of'],
];

/**
 * Words that, after a joined organisation name, add one more part to it when a bracketed acronym follows the
 * whole ("… for the Recovery of Democracy and the Restoration of the State (CNRDRE)").
 */
export const ORG_NAME_AND: readonly (readonly string[])[] = [['and', 'the'], ['and']];

/**
 * Heads of bodies named after their subject with "on" ("Subcommittee on Transportation Security", "Council on
 * Foreign Relations"): the subject belongs to the name, and alone after it names the same body.
 */
export const TOPIC_BODY_HEADS: ReadonlySet<string> = new Set([
  'committee',
  'subcommittee',
  'commission',
  'council',
  'panel',
  'caucus',
  'conference',
]);

/** The word joining a body's head to its subject ("Committee on Armed Services"). */
export const TOPIC_JOINER = 'on';

/**
 * Capitalised words at the edge of a tagger run that are never part of a name: question words and pronouns
 * run into a name by a missing line break ("… Writer Lydia Syson Why do we know …"), quantifiers.
 */
export const NEVER_NAME_EDGES: ReadonlySet<string> = new Set([
  'why',
  'how',
  'what',
  'when',
  'where',
  'who',
  'whom',
  'whose',
  'which',
  'we',
  'you',
  'they',
  'he',
  'she',
  'it',
  'our',
  'their',
  'his',
  'her',
  'its',
  'this',
  'these',
  'those',
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  // Quantifiers opening a sentence ("Many Christians fled"): never a name's first word.
  'many',
  'some',
  'several',
  'few',
  'both',
]);

/** A US politician's party and state in brackets after the name ("(D-Mass.)", "(R-Texas)"): no name. */
export const PARTY_STATE_LABEL = /^[DRI]-\p{Lu}[\p{L}.]*$/u;

/** An ordinal written with digits ("15th"): a capitalised word after it belongs to the number ("15th Century"). */
export const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/**
 * Prepositions that put a name as a place ("in Timbuktu", "residents in Gao and Kidal"); not "at", "from" or
 * "to", which people follow as often.
 */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'near',
  'outside',
  'inside',
  'across',
  'throughout',
]);

/**
 * Lower-case words after a hyphen that make a modifier of the name before them ("Britain-based", "Trump-backed",
 * "Canadian-born"), besides any word in -ed or -ing. Another lower-case word after a hyphen in a person's name is
 * part of it ("Kim Jong-un", "Moon Jae-in").
 */
export const HYPHEN_MODIFIER_TAILS: ReadonlySet<string> = new Set([
  'born',
  'run',
  'led',
  'made',
  'style',
  'era',
  'like',
  'type',
  'language',
  'speaking',
  'wide',
  'area',
  'bound',
  'friendly',
  'backed',
  'owned',
  'held',
  'built',
  'grown',
  'centric',
  'linked',
]);

/** Endings of participles after a hyphen ("Aleppo-based", "Kurdish-speaking"): a modifier, not a name's part. */
export const HYPHEN_MODIFIER_ENDINGS = /(?:ed|ing)$/;
