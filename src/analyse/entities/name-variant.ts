import {
  NAME_ABD_ARTICLE,
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
  return openMiddle(out.replace(/(.)\1+/g, '$1'));
};

const RUNS = /[aiu]+/g;

/**
 * A name ending in a vowel, of three syllables or more, has its inner o / u in the class of a ("Sanogo",
 * "Sanago" → "sanaku"): only its first and last vowels tell names apart ("Mario" / "Maria", "Ali" / "Ala").
 * Names ending in a consonant keep theirs ("Hanson" / "Hansen").
 */
const openMiddle = (v: string): string => {
  const runs = [...v.matchAll(RUNS)];
  if (runs.length < 3 || !/[aiu]$/.test(v)) return v;
  const from = runs[0]!.index! + runs[0]![0].length;
  const to = runs.at(-1)!.index!;
  return v.slice(0, from) + v.slice(from, to).replace(/u/g, 'a') + v.slice(to);
};

/**
 * A person's name key as its transliteration variants share it, part by part ("mohamed mursi" and "mohammed
 * morsi" → "muhamad mursi"). Two names with one variant key differ only in spelling: every part agrees. A hyphen
 * inside a part, past its article, joins two parts ("kim jong-nam" and "kim jong nam" → "kim junk nam").
 */
export const nameVariantKey = (key: string): string =>
  key
    .replace(NAME_ABD_ARTICLE, 'abdal ')
    .split(' ')
    .flatMap((part) => part.replace(NAME_ARTICLE_PREFIX, '').split('-'))
    .filter((part) => part !== '')
    .map(namePartVariant)
    .join(' ');
