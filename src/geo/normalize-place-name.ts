import { NAME_ABBREVIATIONS } from '../lang/en/geo-name-words.js';

/** Arabic article forms that transliterations write or drop at will ("al-Bab", "Bab", "Ar Raqqah"). */
const ARTICLES = new Set(['al', 'el', 'ar', 'as', 'ash', 'ad', 'an', 'at', 'az', 'adh', 'ath']);

const ASCII = /^[\x20-\x7e]*$/;
const SIMPLE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const ABBREVIATION = new RegExp(`\\b(?:${Object.keys(NAME_ABBREVIATIONS).join('|')})(?= \\S)`, 'g');

/**
 * Lower case, diacritics folded, apostrophes and ʿayn marks dropped, hyphens and dots as spaces, "St."/"Mt."
 * before another word written out ("saint paul").
 */
export const normalizePlaceName = (name: string): string => {
  // Most names are letters and single spaces: only case and abbreviations to handle (a fast path for loading).
  if (SIMPLE.test(name)) {
    const lower = name.toLowerCase();
    return lower.includes(' ') ? lower.replace(ABBREVIATION, (a) => NAME_ABBREVIATIONS[a] ?? a) : lower;
  }
  return (ASCII.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/['’‘`ʿʾ]/g, '')
    .replace(/[-‐‑–—.,()/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ABBREVIATION, (a) => NAME_ABBREVIATIONS[a] ?? a);
};

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
