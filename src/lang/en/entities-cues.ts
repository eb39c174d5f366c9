import { MONTH_ABBREVIATIONS } from './entities-abbreviations.js';

import type { OrgKind } from './entities-lexicon.js';

/** A capitalised name holding one of these words is an organisation ("Syrian Observatory for Human Rights"). */
export const ORG_CUE_WORDS: ReadonlySet<string> = new Set([
  'observatory',
  'agency',
  'council',
  'ministry',
  'foundation',
  'news',
  'tv',
  'television',
  'committee',
  'organization',
  'organisation',
  'commission',
  'office',
  'department',
  'institute',
  'university',
  'bank',
  'network',
  'association',
  'union',
  'court',
  'parliament',
  'assembly',
  'government',
  'company',
  'corporation',
  'group',
  'centre',
  'center',
  'fund',
  'programme',
  'program',
  'watch',
  'service',
  'services',
  'times',
  'post',
  'press',
  'radio',
  'monitor',
  'coalition',
]);

/** A capitalised name holding one of these words is an armed or political group ("Free Syrian Army"). */
export const GROUP_CUE_WORDS: ReadonlySet<string> = new Set([
  'army',
  'forces',
  'brigade',
  'brigades',
  'front',
  'guard',
  'guards',
  'division',
  'battalion',
  'militia',
  'party',
  'movement',
  'units',
  'corps',
  'legion',
  'regiment',
]);

/**
 * Group words that head an office of an organisation when "of" follows them in the name ("Division of Viral
 * Diseases", not "the 3rd Infantry Division").
 */
export const OFFICE_HEADS_BEFORE_OF: ReadonlySet<string> = new Set(['division']);

/**
 * Words of an emergency service that make a unit named with a group word a civil body ("County Fire Battalion",
 * "Rescue Division"), not an armed one.
 */
export const CIVIL_SERVICE_WORDS: ReadonlySet<string> = new Set(['fire', 'rescue', 'ambulance', 'paramedic']);

/**
 * Nouns after a nationality, a name or a country that make the pair a group ("Kurdish forces", "Iraqi troops",
 * "the U.S. military", "Russian warplanes").
 */
export const GROUP_HEAD_NOUNS: ReadonlySet<string> = new Set([
  'forces',
  'troops',
  'army',
  'military',
  'navy',
  'warplanes',
  'jets',
  'militia',
  'militias',
  'fighters',
  'rebels',
  'soldiers',
  'units',
  'police',
]);

/** Nouns after a family name that make the two a family, a group of people ("the McConville family"). */
export const FAMILY_HEADS: ReadonlySet<string> = new Set(['family', 'families', 'clan', 'household']);

/** Which organisations are of which kind, by words of their name. */
export const ORG_KIND_WORDS: Readonly<Record<string, OrgKind>> = {
  observatory: 'monitor',
  monitor: 'monitor',
  agency: 'news-agency',
  news: 'news-agency',
  tv: 'broadcaster',
  television: 'broadcaster',
  radio: 'broadcaster',
};

/** Kinds that also count as a wider kind for descriptive references: state TV is a broadcaster too. */
export const ORG_KIND_PARENTS: Readonly<Partial<Record<OrgKind, OrgKind>>> = {
  'state-media': 'broadcaster',
};

/**
 * Words for a broadcast medium that belong to a broadcaster's name after it, or after its channel number
 * ("BBC News", "France 24 TV", "Channel 4"): capitalised in the text.
 */
export const BROADCAST_HEADS: ReadonlySet<string> = new Set(['tv', 'television', 'radio', 'news', 'channel']);

/** Descriptive heads that refer back to the nearest earlier organisation of a kind ("the monitor"). */
export const DESCRIPTIVE_ORG_HEADS: Readonly<Record<string, OrgKind>> = {
  monitor: 'monitor',
  'monitoring group': 'monitor',
  'war monitor': 'monitor',
  'news agency': 'news-agency',
  agency: 'news-agency',
  broadcaster: 'broadcaster',
  'un agency': 'un-agency',
  'aid group': 'aid-agency',
  charity: 'aid-agency',
};

/**
 * Owners that make a descriptive reference name one of their own bodies ("the UN refugee agency" is a UN agency,
 * not the news agency last named), by lexicon key. A descriptive reference holding another known name refers to
 * none of the document's earlier bodies.
 */
export const OWNER_KINDS: Readonly<Record<string, OrgKind>> = {
  'united nations': 'un-agency',
};

/** Months written short without their dot: no name before a day's number ("Feb 13", "Sept 3"). */
export const UNDOTTED_MONTHS: ReadonlySet<string> = new Set(MONTH_ABBREVIATIONS);

/** Capitalised words that are never names by themselves (abbreviated months only with their dot). */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  // religious law and rulings: a concept, not a place or body ("impose Sharia")
  'sharia',
  'shariah',
  'fatwa',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  // days said relative to today, which open sentences before names ("Yesterday Theresa May met ...")
  'yesterday',
  'tomorrow',
  'utc',
  'gmt',
  'usd',
  'eur',
  'gbp',
  'i',
  'mr',
  'mrs',
  'ms',
]);

/** Lower-case particles that may sit inside a name ("Bashar al-Assad", "Staffan de Mistura"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'ad',
  'as',
  'ash',
  'ar',
  'an',
  'at',
  'az',
  'bin',
  'ibn',
  'bint',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'of',
  'for',
  'the',
]);

/** Words an acronym may skip ("Syrian Observatory for Human Rights" → SOHR, "Islamic State of Iraq and the Levant" → ISIL). */
export const ACRONYM_SKIP_WORDS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'the',
  'and',
  'on',
  'in',
  'to',
  'at',
  'de',
  'du',
  'des',
  'la',
  'le',
  'al',
  '&',
]);

/**
 * Words an organisation's full name may add to its short name ("Citigroup" → "Citigroup Inc.", "Aer Lingus" →
 * "Aer Lingus Group plc"), lower case.
 */
export const ORG_NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'inc',
  'inc.',
  'incorporated',
  'corp',
  'corp.',
  'corporation',
  'co',
  'co.',
  'company',
  'ltd',
  'ltd.',
  'limited',
  'plc',
  'llc',
  'lp',
  'group',
  'holding',
  'holdings',
  'sa',
  's.a.',
  'spa',
  'ag',
  'nv',
  'n.v.',
  'gmbh',
  'airlines',
  'airways',
  'motors',
  'motor',
  'systems',
  'international',
  '&',
  'and',
]);
