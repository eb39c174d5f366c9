/** Arabic article forms that transliterations write or drop at will ("al-Bab", "Bab", "Ar Raqqah"). */
const ARTICLES = new Set(['al', 'el', 'ar', 'as', 'ash', 'ad', 'an', 'at', 'az', 'adh', 'ath']);

/** Lower case, diacritics folded, apostrophes and ʿayn marks dropped, hyphens and dots as spaces. */
export const normalizePlaceName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʿʾ]/g, '')
    .replace(/[-‐‑–—.,()/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The index keys a name is filed (and looked up) under: the normalised form, the form without Arabic articles
 * and, for each, the form with a final "ah" written "a" (Raqqah/Raqqa, Hasakah/Hasaka).
 */
export const placeNameKeys = (name: string): readonly string[] => {
  const full = normalizePlaceName(name);
  if (full === '') return [];
  const words = full.split(' ');
  const bare = words.filter((w, i) => !(ARTICLES.has(w) && i < words.length - 1)).join(' ');
  const keys = new Set<string>([full, bare]);
  for (const k of [full, bare]) if (k.endsWith('ah')) keys.add(k.slice(0, -1));
  return [...keys].filter((k) => k !== '');
};
