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
