import {
  FIGURE_MILITARY_NOUNS,
  FIGURE_PEOPLE_NOUNS,
  FIGURE_THING_NOUNS,
} from '../../lang/en/figures-counted-nouns.js';
import { FIGURE_MEASURE_CUES } from '../../lang/en/figures-measure-cues.js';
import {
  FIGURE_ADDRESS_AFTER,
  FIGURE_AGE_OF,
  FIGURE_AGE_OR_CLOCK_AFTER,
  FIGURE_COUNTING_COMPOUNDS,
  FIGURE_EXHIBIT_WORDS,
  FIGURE_HAPPENING_NOUNS,
  FIGURE_KIN_OF,
  FIGURE_LABEL_WORDS,
  FIGURE_LOCATIVE_AFTER,
  FIGURE_MAX_AGE,
  FIGURE_VARIETY_WORDS,
  FIGURE_YEAR_DETERMINERS,
} from '../../lang/en/figures-not-figures.js';
import { alternation } from '../../lang/word-alternation.js';
import { isPeopleNoun } from './figure-measure.js';
import { isNamedModel, isNamePart, isNumberedName } from './name-part.js';
import type { QuantityCore } from './quantity-core.js';

const LABELS = new Set([...FIGURE_LABEL_WORDS, ...FIGURE_EXHIBIT_WORDS]);
const VARIETY = new RegExp(`^\\s+(?:of\\s+)?(?:${alternation(FIGURE_VARIETY_WORDS)})\\b`, 'i');
/** A hyphen and a word glued after a number ("five-part", "10-point"); "-strong" counts a force. */
const COMPOUND_AFTER = /^-\p{L}/u;
const STRENGTH_AFTER = new RegExp(`^-(?:${alternation(FIGURE_COUNTING_COMPOUNDS)})\\b`, 'i');
/** A measure cue as a label before a colon: "Deaths: 25", "Death toll: 300", "Injured: 40". */
const CUE_LABEL = new RegExp(
  `\\b(?:${alternation(FIGURE_MEASURE_CUES.flatMap((c) => c.words))})\\s*:\\s?$`,
  'i',
);
const KNOWN = new Set([...FIGURE_PEOPLE_NOUNS, ...FIGURE_MILITARY_NOUNS, ...FIGURE_THING_NOUNS]);
const AFTER = FIGURE_AGE_OR_CLOCK_AFTER.map((s) => s.toLowerCase());
const PARTITIVE_ONE = /^\s+of\s+(?:the|those|these|its|their|his|her|our|my|your|them|us)\b/i;
const YEAR = /^(?:1[89]|20)\d\d$/;
const isYear = (v: number | null): boolean => v !== null && Number.isInteger(v) && v >= 1800 && v <= 2099;
const YEAR_DETERMINERS = new Set(FIGURE_YEAR_DETERMINERS);
const HAPPENINGS = new Set(FIGURE_HAPPENING_NOUNS);
/** "a mother of two", "at the age of 94", "under the age of thirteen (13)": kin counts and ages. */
const KIN_OF = new RegExp(
  `\\b(?:${alternation([...FIGURE_KIN_OF, ...FIGURE_AGE_OF])})s?\\s+of\\s+(?:[\\p{L}-]+\\s*\\(\\s*)?$`,
  'iu',
);
/** A word then a comma before an age in apposition ("Henry, 19,"; "a man, 84,"; "Lee, then 18,"). */
const APPOSED_BEFORE = /\p{L}[.'’]?,\s*(?:then\s+|now\s+)?$/u;
/** What closes an apposed age: a comma, a semicolon, a closing parenthesis, the sentence end. */
const APPOSED_AFTER = /^\s*(?:[,;)]|\.(?!\d)|$)/;
/** "(423) 272-7555", "624-6622": the area code or the number of a phone line. */
const PHONE = /^(?:\d{3}(?:\)\s?|[-.\s])\d{3}[-.]\d{4}|\d{3}[-.]\d{4})(?![\d,])/;
/** A web address: a scheme or "www." before it, or a path of slashes and dashes around it. */
const URL_WORD = /:\/\/|^www\.|\.(?:com|org|net|html?)\b|\/[^/\s]*\//i;
/** "the 5000 block of Elm Avenue": digits before a singular "block" are an address. */
const ADDRESS = new RegExp(`^(?:${alternation(FIGURE_ADDRESS_AFTER)})\\b(?!s)`, 'i');
const LOCATIVE = new RegExp(
  `^\\s*\\)?\\s*(?:\\([^)]*\\)\\s*)?(?:${alternation(FIGURE_LOCATIVE_AFTER)})\\b`,
  'i',
);

/**
 * "Five Palestinians", "Three Israeli civilians", "Three Israel Defense Forces soldiers": capitalised words after
 * a number word that count people, either as the people noun itself or before it; not when the first of them is
 * another plural ("Four Seasons staff"). `after` is the text after the number, `what` its counted noun.
 */
const countsPeople = (after: string, what: string | null): boolean => {
  if (!isPeopleNoun(what)) return false;
  const first = /^\s+(\p{Lu}[\p{L}'’.-]*)/u.exec(after)?.[1]?.toLowerCase() ?? '';
  return first === what || !/s$/.test(first);
};

/**
 * Numbers that count nothing: labels ("page 5", "Resolution 2254"), ages ("aged 12", "12-year-old"),
 * clock times, ordinals ("4th"), phone numbers and scores ("555-1234", "20/20"), bare years and spans of years
 * ("2008-2009"), "one of the",
 * distances that locate ("30km south of Kirkuk"), ages in apposition ("Henry, 19, of Alexandria"), children of
 * kin ("a mother of two"), street addresses ("the 5000 block of Elm Avenue"), years before what they date ("the 1994 deaths"), words of web addresses, parts of
 * names ("iPhone 4", "Boeing 777", "France 24 TV", "a Boeing 747 jet"), vague variety ("several different").
 * `text` is the sentence; offsets are into it. Numbers inside time mentions are dropped by the caller.
 */
export const isNotAFigure = (
  core: QuantityCore,
  text: string,
  noun: { readonly close: boolean; readonly plural: boolean; readonly what?: string | null },
): boolean => {
  const before = text.slice(0, core.start);
  const after = text.slice(core.end);
  const num = text.slice(core.numberStart, core.end);
  const prevWord = /(\S+)\s*$/.exec(before)?.[1]?.toLowerCase() ?? '';
  // "several different countries": a vague quantity of variety counts nothing.
  if (core.kind === 'vague') return VARIETY.test(after);
  if (core.kind === 'fraction') return false;
  // "…/national/9167416/Two-climbers-killed…": a word of a web address.
  const word = `${/\S*$/.exec(before)?.[0] ?? ''}${/^\S*/.exec(after)?.[0] ?? ''}`;
  if (URL_WORD.test(word)) return true;
  if (core.unit === 'km' && LOCATIVE.test(after)) return true;
  if (core.kind === 'both') return !noun.plural;
  if (core.kind === 'digits' && core.unit === null && ADDRESS.test(after)) return true;
  // "over the New Year period of 2008-2009": a span of years, not a count.
  if (core.rule === 'range' && core.unit === null && isYear(core.low) && isYear(core.high))
    if (!noun.plural && !(noun.close && isPeopleNoun(noun.what ?? null)) && !num.includes(',')) return true;
  if (LABELS.has(prevWord) || LABELS.has(prevWord.replace(/\.$/, ''))) return true;
  if (core.unit === null && noun.close && isNamedModel(core, text, noun.plural)) return true;
  if (isNumberedName(core, text, noun, isPeopleNoun(noun.what ?? null) || KNOWN.has(noun.what ?? '')))
    return true;
  if (core.unit === null && !noun.close) {
    if (KIN_OF.test(before)) return true;
    if (isNamePart(core, text, KNOWN.has(noun.what ?? ''))) return true;
    if (core.kind === 'digits' && PHONE.test(text.slice(core.numberStart))) return true;
    const v = core.value;
    const age = v !== null && Number.isInteger(v) && v > 0 && v <= FIGURE_MAX_AGE;
    if (core.kind === 'digits' && age && APPOSED_BEFORE.test(before) && APPOSED_AFTER.test(after))
      return true;
  }
  // "the 1994 deaths", "its 2016 elections": a year dating what follows, unless people follow ("the 2000 residents").
  const what = noun.what ?? null;
  if (core.unit === null && YEAR.test(num) && YEAR_DETERMINERS.has(prevWord) && noun.close && what !== null)
    if (!isPeopleNoun(what) || HAPPENINGS.has(what)) return true;
  const lowerAfter = after.slice(0, 16).toLowerCase();
  if (
    core.unit === null &&
    AFTER.some((a) => lowerAfter.startsWith(a) && !/^[a-z]/i.test(lowerAfter.slice(a.length, a.length + 1)))
  )
    return true;
  // "a five-part series", "a 10-point plan": a number glued to a word by a hyphen modifies what follows, unless
  // it counts ("a 500-strong force").
  if (core.unit === null && COMPOUND_AFTER.test(after) && !STRENGTH_AFTER.test(after)) return true;
  if (core.kind === 'words') {
    // "Four Seasons": a capitalised number word before a capitalised word is a name, unless it counts people
    // named by that word ("Five Palestinians") or by a noun the capitalised words modify ("Three Israeli
    // civilians"); a plural right after the number is the name's own ("Four Seasons staff", "Five Guys workers").
    if (/^[A-Z]/.test(num) && /^\s+[A-Z]/.test(after)) return !countsPeople(after, what);
    // "one" is a pronoun more often than a count: keep it only before a counted noun.
    if (/^(?:one|a|an)$/i.test(num.trim()) && (!noun.close || PARTITIVE_ONE.test(after))) return true;
    return false;
  }
  // Glued to other digits or symbols: phone numbers, scores, ids, clock times, coordinates ("33°47′N"), ranges
  // of codes; after a colon too ("Frequency: 12130"), unless the label is a measure cue ("Deaths: 25") or a
  // counted noun follows ("He said: 12 people fled").
  if (
    /[\d/#+]\s?$|\d[-.]$|[A-Za-z]-?$/.test(before) ||
    (/:\s?$/.test(before) && !CUE_LABEL.test(before) && !noun.close) ||
    (/^(?:[/:]\d|-\d|\s?[-.]?\d|[A-Za-z°′″'])/.test(after) && core.unit === null)
  )
    return true;
  if (core.unit === null && YEAR.test(num) && !noun.plural) return true;
  return false;
};
