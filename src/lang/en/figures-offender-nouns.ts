/**
 * Nouns for people who do or are held for crimes ("four alleged killers", "two kidnappers"): they count people
 * (the figures stage reads them beside FIGURE_PEOPLE_NOUNS). Data only.
 */
export const FIGURE_OFFENDER_NOUNS: readonly string[] = [
  'killers',
  'murderers',
  'kidnappers',
  'abductors',
  'robbers',
  'thieves',
  'burglars',
  'hijackers',
  'looters',
  'shooters',
  'snipers',
  'bombers',
  'smugglers',
  'traffickers',
  'criminals',
  'convicts',
  'inmates',
  'accomplices',
  'perpetrators',
  'culprits',
  'offenders',
  'rioters',
  'intruders',
];
