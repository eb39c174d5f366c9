import { MONTH_NAMES, WEEKDAY_NAMES } from '../../lang/en/calendar-words.js';
import { FIGURE_APPROXIMATORS } from '../../lang/en/figures-approximators.js';
import { FIGURE_CONTROL_CUES, FIGURE_MEASURE_CUES } from '../../lang/en/figures-measure-cues.js';
import { FIGURE_NAME_BREAK_WORDS } from '../../lang/en/figures-not-figures.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { QuantityCore } from './quantity-core.js';

const BREAKS = new Set([
  ...FIGURE_NAME_BREAK_WORDS,
  ...Object.keys(FIGURE_APPROXIMATORS),
  ...FIGURE_MEASURE_CUES.flatMap((c) => c.words),
  ...FIGURE_CONTROL_CUES,
  ...[...Object.keys(MONTH_NAMES), ...Object.keys(WEEKDAY_NAMES)].map((w) => w.toLowerCase()),
]);
/** A capitalised ("Boeing", "U.S.") or camel-case ("iPhone") word, then one space, at the end of `before`. */
const NAME_WORD = /(?:^|[\s("“‘'])(\p{Lu}[\p{L}\p{N}.&'’-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*) $/u;
/** Words of four letters or more: in a title-case line ("Blast Leaves 3 Dead") few of them are lower-case. */
const LONG_WORD = /\p{L}[\p{L}'’-]{3,}/gu;
const TITLE_CASE_LOWER_SHARE = 0.25;

/** A headline in title case: at most a quarter of its longer words start lower-case ("from", "with"). */
const isTitleCase = (text: string): boolean => {
  const words = text.match(LONG_WORD) ?? [];
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return words.length > 0 && lower <= TITLE_CASE_LOWER_SHARE * words.length;
};

/** The capitalised or camel-case name word right before a number, unless it is an opener, cue or owner. */
const nameWordBefore = (core: QuantityCore, text: string): boolean => {
  if (core.unit !== null || core.kind !== 'digits') return false;
  if (!/^\d+$/.test(text.slice(core.numberStart, core.end))) return false;
  const word = NAME_WORD.exec(text.slice(0, core.start))?.[1];
  // "Ross' 15-person team", "Turner's 39": an owner, not a name the number belongs to.
  return word !== undefined && !/['’]s?$/.test(word) && !BREAKS.has(word.toLowerCase());
};

/**
 * "iPhone 4", "Boeing 777", "Super Bowl 50", "France 24 TV", "Channel 4 News": plain digits glued after a
 * capitalised or camel-case word, with no counted noun after them, are part of a name, not a count. Not after
 * sentence openers, approximators, cue words or day and month names ("Only 12", "Some 40", "Quake Kills 300",
 * "said Monday 40 were"), nor before a capitalised word in a title-case line ("Blast Leaves 3 Dead") or before
 * capitalised people ("Hamas 40 Palestinians": `known` says the counted noun is a known one). `text` is the
 * sentence; the caller knows no counted noun stands right after the number.
 */
export const isNamePart = (core: QuantityCore, text: string, known = false): boolean => {
  if (!nameWordBefore(core, text)) return false;
  if (!/^\s+["“‘']?\p{Lu}/u.test(text.slice(core.end))) return true;
  return !known && !isTitleCase(text);
};

/**
 * "a Boeing 747 jet", "the Apollo 11 mission", "a Fox 5 reporter": digits after a name word before a singular
 * counted noun name a thing (a number other than one cannot count a singular noun). `text` is the sentence.
 */
export const isNamedModel = (core: QuantityCore, text: string, plural: boolean): boolean =>
  !plural && core.value !== 1 && nameWordBefore(core, text);

/** "World War Two", "Apollo 11": a number inside a name (an entity mention) that starts before it. */
export const insideName = (at: { start: number; end: number }, entities: readonly EntityMention[]): boolean =>
  entities.some((e) => e.span.start < at.start && at.end <= e.span.end);

/** Capitalised words after a number, then the lower-case noun they modify ("38 North website"). */
const NAME_THEN_NOUN = /^\s+(?:\p{Lu}[\p{L}\p{N}'’.&-]*\s+)+(\p{Ll}+)\b/u;

/**
 * "the 38 North website", "a 9 News bulletin": digits (not one) before capitalised words and then a singular
 * lower-case noun name that thing with the words, since a number other than one cannot count a singular noun.
 * Not when the noun is a people or collective noun (`known`: "5 Israeli police"), nor in a title-case line.
 * `what` is the counted noun, `text` the sentence.
 */
export const isNumberedName = (
  core: QuantityCore,
  text: string,
  noun: { readonly plural: boolean; readonly what?: string | null },
  known: boolean,
): boolean => {
  if (noun.plural || known || core.unit !== null || core.kind !== 'digits' || core.value === 1) return false;
  if (!/^\d+$/.test(text.slice(core.numberStart, core.end))) return false;
  const m = NAME_THEN_NOUN.exec(text.slice(core.end));
  return m !== null && m[1] === noun.what && !isTitleCase(text);
};
