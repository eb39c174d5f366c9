/**
 * How one name is spelt several ways in Latin letters (mostly from Arabic): "Morsi" / "Mursi", "Mohamed" /
 * "Muhammad", "Gaddafi" / "Qaddafi" / "Kadhafi" / "Gadhafi", "Hussein" / "Husayn". Used only to compare the
 * parts of person names (src/analyse/entities/name-variant.ts); lower case, accents already removed.
 */

/** Article prefixes dropped from a name part: "al-Sissi" = "el-Sisi" = "Sisi". */
export const NAME_ARTICLE_PREFIX = /^(?:al|el|ad|ed|ash|esh|as|es|ar|er|an|at|az|ul)-/;

/** Marks of ʿayn and hamza written as apostrophes or half rings: "Ba'ath" = "Baath". */
export const NAME_SILENT_MARKS = /['’‘ʿʾ`]/g;

/**
 * Spellings of one sound, rewritten in this order before vowels are classed: consonant digraphs ("kh", "dh",
 * "gh", "q" for qaf, which Egyptian and Libyan speech make a "g"), vowel digraphs ("ou", "oo", "ee").
 */
export const NAME_SPELLINGS: readonly (readonly [RegExp, string])[] = [
  // Whole parts first: "Abdel" / "Abdul" / "Abdal" ("servant of the"); "Yusuf" / "Yousef" / "Youssef" / "Yousif".
  [/^abd[aeou]l$/, 'abdal'],
  [/^y(?:ou|u|o)s+(?:e|u|ou|i)f$/, 'yusuf'],
  [/kh/g, 'k'],
  [/gh/g, 'g'],
  [/dh/g, 'd'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/g/g, 'k'],
  [/ou/g, 'u'],
  [/oo/g, 'u'],
  [/ee/g, 'i'],
];

/**
 * Vowel classes: short a and e (fatha: "Mohamed" / "Muhammad", "Ahmed" / "Ahmad"), o and u (damma: "Morsi" /
 * "Mursi"), i and y (kasra, and "y" after a vowel: "Husayn" / "Hussein"). A vowel class is kept, so names that
 * differ in a vowel of another class stay apart ("Ali" / "Ala", "Hassan" / "Hussein").
 */
export const NAME_VOWEL_CLASS: Readonly<Record<string, string>> = {
  a: 'a',
  e: 'a',
  o: 'u',
  u: 'u',
  i: 'i',
  y: 'i',
};

/** "Abd al-Karim", "Abd el-Karim", "Abdul-Karim", "Abdel Karim": one name, its article spelt several ways. */
export const NAME_ABD_ARTICLE = /\babd(?:[ -]?[aeou]l)?[ -]+/g;
