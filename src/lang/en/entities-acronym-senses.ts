/**
 * Acronyms that name a thing, a procedure or a condition, not a body, person or place ("performed CPR", "his
 * DNA", "an MRI scan"): the tagger often reads them as organisations.
 */
export const COMMON_NOUN_ACRONYMS: ReadonlySet<string> = new Set([
  'cpr',
  'dna',
  'rna',
  'hiv',
  'mri',
  'icu',
  'gps',
  'atm',
  'ptsd',
  'adhd',
  'dui',
  'ied',
  'ieds',
  'gdp',
  'ceo',
  'cfo',
  'ipo',
  'suv',
  'suvs',
  'vip',
  'ufo',
  'usb',
  'pdf',
  'diy',
  'rsvp',
  // weapons and munitions ("the VX nerve agent", "an RPG", "a UAV")
  'vx',
  'tnt',
  'rpg',
  'rpgs',
  'uav',
  'uavs',
  'icbm',
  'icbms',
  'manpads',
  'vbied',
  'vbieds',
]);

/**
 * Airport codes written as the airport's name in news ("workers at LAX"): places. Only codes that are no
 * common acronym or person's initials ("JFK" is also the president).
 */
export const AIRPORT_CODES: ReadonlySet<string> = new Set([
  'lax',
  'sfo',
  'lhr',
  'lgw',
  'cdg',
  'dfw',
  'ewr',
  'iad',
  'dca',
  'bwi',
  'lga',
  'ord',
  'mco',
  'fll',
  'yyz',
  'dxb',
]);

/** Era markers after a year ("2,400 BC", "AD 79"): part of a date, never a name. */
export const ERA_MARKERS: ReadonlySet<string> = new Set(['bc', 'bce', 'ad', 'ce']);

/**
 * Verbs of attack or capture right before a lone town's name ("shelling hit Homs", "rebels stormed Kidal"):
 * the word after them is the place struck, when the gazetteer knows a town by it.
 */
export const PLACE_TARGET_VERBS: ReadonlySet<string> = new Set([
  'hit',
  'hits',
  'shelled',
  'shells',
  'shelling',
  'bombed',
  'bombarded',
  'entered',
  'enters',
  'stormed',
  'storm',
  'besieged',
  'encircled',
  'recaptured',
  'captured',
  'overran',
  'struck',
  'pounded',
  'raided',
  'seized',
  'evacuated',
]);
