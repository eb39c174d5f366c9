import { OBJECT_BREAKS } from '../../lang/en/events-sense-words.js';
import type { Token } from '../../model/token.js';

/**
 * What the territory-change readers (place lists, "the town", "the north of the country", gapped triggers) ask
 * of the words of an object's noun phrase ("the three major towns of", "the entire northern half of").
 */
const BREAKS = new Set(OBJECT_BREAKS);
const LOWER = /^[a-z][a-z-]*$/;
const POSSESSIVE = /^['’]s\b/i;

/** Whether a word (any case) is a preposition or clause word that ends an object ("to", "by", "that"). */
export const isObjectBreak = (word: string): boolean => BREAKS.has(word.toLowerCase());

/** A lower-case word that is no object break: it may stand inside the noun phrase ("major", not "to", "Gao"). */
export const plainWord = (text: string, t: Token): boolean =>
  t.kind === 'word' && LOWER.test(text.slice(t.span.start, t.span.end)) && !BREAKS.has(t.norm);

/** Whether a possessive "'s" follows at `end` (the name before it is a possessor: "the town's mayor"). */
export const possessiveAt = (text: string, end: number): boolean => POSSESSIVE.test(text.slice(end));
