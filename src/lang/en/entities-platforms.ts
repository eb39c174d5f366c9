import type { LexiconEntry } from './entities-lexicon.js';

/**
 * Web platforms and technology companies news names as sources or media ("on Facebook", "a YouTube video",
 * "Wikipedia articles"): always an organisation, never a place or person. Only names no place or common word
 * shares ("Amazon", "Apple", "Telegram" are left out).
 */
export const PLATFORM_NAMES: readonly string[] = [
  'Facebook',
  'Twitter',
  'YouTube',
  'Instagram',
  'Wikipedia',
  'Google',
  'TikTok',
  'Snapchat',
  'WhatsApp',
  'LinkedIn',
  'Reddit',
  'Netflix',
  'Microsoft',
];

/**
 * The platforms as lexicon entries: written with their capital, and only as a whole name ("Google Play Music",
 * "Facebook Live" are products, named whole).
 */
export const PLATFORM_ENTRIES: readonly LexiconEntry[] = PLATFORM_NAMES.map((phrase) => ({
  phrase,
  type: 'organization',
  proper: true,
  whole: true,
}));
