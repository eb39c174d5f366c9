/**
 * The Porter (1980) stemmer with NLTK's extensions (the default mode of nltk.stem.PorterStemmer, which the
 * rouge-score package uses): irregular forms, "ies"/"ied" → "ie" in four-letter words, y → i only after a
 * consonant that is not the first letter, and the extra step-2 rules (fulli, lessli, logi, bli). Lower-case
 * ASCII words in, stems out; words of two letters or fewer are returned as they are. No stemmer package is
 * installed; this follows nltk/stem/porter.py rule for rule.
 */
const IRREGULAR: { readonly [w: string]: string } = {
  skies: 'sky',
  sky: 'sky',
  dying: 'die',
  lying: 'lie',
  tying: 'tie',
  news: 'news',
  innings: 'inning',
  inning: 'inning',
  outings: 'outing',
  outing: 'outing',
  cannings: 'canning',
  canning: 'canning',
  howe: 'howe',
  proceed: 'proceed',
  exceed: 'exceed',
  succeed: 'succeed',
};

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

const isConsonant = (w: string, i: number): boolean => {
  const c = w[i]!;
  if (VOWELS.has(c)) return false;
  if (c === 'y') return i === 0 ? true : !isConsonant(w, i - 1);
  return true;
};

/** m in [C](VC)^m[V]. */
const measure = (stem: string): number => {
  let cv = '';
  for (let i = 0; i < stem.length; i += 1) cv += isConsonant(stem, i) ? 'c' : 'v';
  return (cv.match(/vc/g) ?? []).length;
};

const hasVowel = (stem: string): boolean => [...stem].some((_, i) => !isConsonant(stem, i));
const doubleConsonant = (w: string): boolean =>
  w.length >= 2 && w.at(-1) === w.at(-2) && isConsonant(w, w.length - 1);
/** *o: ends consonant-vowel-consonant, the last not w, x or y (NLTK also accepts a two-letter vowel-consonant word). */
const cvc = (w: string): boolean => {
  const n = w.length;
  if (n >= 3 && isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1))
    return !['w', 'x', 'y'].includes(w[n - 1]!);
  return n === 2 && !isConsonant(w, 0) && isConsonant(w, 1);
};

type Rule = readonly [suffix: string, replacement: string, condition: ((stem: string) => boolean) | null];

/** Applies the first rule whose suffix matches (whether or not its condition holds), as Porter specifies. */
const applyRules = (w: string, rules: readonly Rule[]): string => {
  for (const [suffix, replacement, condition] of rules) {
    if (suffix === '*d' && doubleConsonant(w)) {
      const stem = w.slice(0, -2);
      return condition === null || condition(stem) ? stem + replacement : w;
    }
    if (w.endsWith(suffix)) {
      const stem = w.slice(0, w.length - suffix.length);
      return condition === null || condition(stem) ? stem + replacement : w;
    }
  }
  return w;
};

const m0 = (s: string) => measure(s) > 0;
const m1 = (s: string) => measure(s) > 1;

const step1a = (w: string): string => {
  if (w.endsWith('ies') && w.length === 4) return `${w.slice(0, -3)}ie`;
  return applyRules(w, [
    ['sses', 'ss', null],
    ['ies', 'i', null],
    ['ss', 'ss', null],
    ['s', '', null],
  ]);
};

const step1b = (w: string): string => {
  if (w.endsWith('ied')) return w.length === 4 ? `${w.slice(0, -3)}ie` : `${w.slice(0, -3)}i`;
  if (w.endsWith('eed')) {
    const stem = w.slice(0, -3);
    return m0(stem) ? `${stem}ee` : w;
  }
  const suffix = ['ed', 'ing'].find((x) => w.endsWith(x));
  const stem = suffix === undefined ? '' : w.slice(0, -suffix.length);
  if (suffix === undefined || !hasVowel(stem)) return w;
  return applyRules(stem, [
    ['at', 'ate', null],
    ['bl', 'ble', null],
    ['iz', 'ize', null],
    ['*d', stem.at(-1)!, () => !['l', 's', 'z'].includes(stem.at(-1)!)],
    ['', 'e', (s) => measure(s) === 1 && cvc(s)],
  ]);
};

const step1c = (w: string): string =>
  w.endsWith('y') && w.length > 2 && isConsonant(w, w.length - 2) ? `${w.slice(0, -1)}i` : w;

const step2 = (w: string): string => {
  if (w.endsWith('alli') && m0(w.slice(0, -4))) return step2(`${w.slice(0, -4)}al`);
  return applyRules(w, [
    ['ational', 'ate', m0],
    ['tional', 'tion', m0],
    ['enci', 'ence', m0],
    ['anci', 'ance', m0],
    ['izer', 'ize', m0],
    ['bli', 'ble', m0],
    ['alli', 'al', m0],
    ['entli', 'ent', m0],
    ['eli', 'e', m0],
    ['ousli', 'ous', m0],
    ['ization', 'ize', m0],
    ['ation', 'ate', m0],
    ['ator', 'ate', m0],
    ['alism', 'al', m0],
    ['iveness', 'ive', m0],
    ['fulness', 'ful', m0],
    ['ousness', 'ous', m0],
    ['aliti', 'al', m0],
    ['iviti', 'ive', m0],
    ['biliti', 'ble', m0],
    ['fulli', 'ful', m0],
    ['lessli', 'less', m0],
    ['logi', 'log', (s) => m0(`${s}l`)],
  ]);
};

const step3 = (w: string): string =>
  applyRules(w, [
    ['icate', 'ic', m0],
    ['ative', '', m0],
    ['alize', 'al', m0],
    ['iciti', 'ic', m0],
    ['ical', 'ic', m0],
    ['ful', '', m0],
    ['ness', '', m0],
  ]);

const step4 = (w: string): string =>
  applyRules(w, [
    ['al', '', m1],
    ['ance', '', m1],
    ['ence', '', m1],
    ['er', '', m1],
    ['ic', '', m1],
    ['able', '', m1],
    ['ible', '', m1],
    ['ant', '', m1],
    ['ement', '', m1],
    ['ment', '', m1],
    ['ent', '', m1],
    ['ion', '', (s) => m1(s) && (s.endsWith('s') || s.endsWith('t'))],
    ['ou', '', m1],
    ['ism', '', m1],
    ['ate', '', m1],
    ['iti', '', m1],
    ['ous', '', m1],
    ['ive', '', m1],
    ['ize', '', m1],
  ]);

const step5a = (w: string): string => {
  if (!w.endsWith('e')) return w;
  const stem = w.slice(0, -1);
  const m = measure(stem);
  return m > 1 || (m === 1 && !cvc(stem)) ? stem : w;
};

const step5b = (w: string): string => (w.endsWith('ll') && measure(w.slice(0, -1)) > 1 ? w.slice(0, -1) : w);

/** The Porter stem of a lower-case word. */
export const porterStem = (word: string): string => {
  if (IRREGULAR[word] !== undefined) return IRREGULAR[word]!;
  if (word.length <= 2) return word;
  let w = step1a(word);
  w = step1b(w);
  w = step1c(w);
  w = step2(w);
  w = step3(w);
  w = step4(w);
  w = step5a(w);
  return step5b(w);
};
