import {
  NAME_ARTICLE_PREFIX,
  NAME_SILENT_MARKS,
  NAME_SPELLINGS,
  NAME_VOWEL_CLASS,
} from '../../lang/en/entities-transliteration.js';

/** A surname alone is matched by its variant only when the variant has this many letters ("Mursi", not "Li"). */
export const MIN_SURNAME_VARIANT = 4;

const VOWEL = /[aeiou]/;

/**
 * One part of a person's name as its transliteration variants share it: no accents, article or apostrophes,
 * one spelling per sound and one letter per vowel class, doubled letters once ("Mohammed", "Mohamed",
 * "Muhammad" → "muhamad"; "Morsi", "Mursi" → "mursi"; "Gaddafi", "Qaddafi", "Kadhafi" → "kadafi"; "al-Sissi",
 * "Sisi" → "sisi"). Names that differ in a consonant or in a vowel's class keep apart ("Ali" / "Ala", "Khan" /
 * "Kahn", "Morsi" / "Moses", "Hassan" / "Hussein").
 */
export const namePartVariant = (part: string): string => {
  let s = part
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(NAME_SILENT_MARKS, '')
    .replace(NAME_ARTICLE_PREFIX, '');
  for (const [from, to] of NAME_SPELLINGS) s = s.replace(from, to);
  let out = '';
  for (let i = 0; i < s.length; i += 1) {
    const c = s[i]!;
    // "y" is a consonant first or before a vowel ("Yusuf", "Sayyaf"), else a vowel ("Husayn").
    const consonantY = c === 'y' && (i === 0 || VOWEL.test(s[i + 1] ?? ''));
    out += consonantY ? c : (NAME_VOWEL_CLASS[c] ?? c);
  }
  return out.replace(/(.)\1+/g, '$1');
};

/**
 * A person's name key as its transliteration variants share it, part by part ("mohamed mursi" and "mohammed
 * morsi" → "muhamad mursi"). Two names with one variant key differ only in spelling: every part agrees.
 */
export const nameVariantKey = (key: string): string => key.split(' ').map(namePartVariant).join(' ');
