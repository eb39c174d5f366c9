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
]);
/** A capitalised ("Boeing", "U.S.") or camel-case ("iPhone") word, then one space, at the end of `before`. */
const NAME_WORD = /(?:^|[\s("“‘'])(\p{Lu}[\p{L}\p{N}.&'’-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*) $/u;

/**
 * "iPhone 4", "Boeing 777", "Super Bowl 50", "Group 1": plain digits glued after a capitalised or camel-case
 * word, with no counted noun after them, are part of a name, not a count. Not after sentence openers,
 * approximators or cue words ("Only 12", "Some 40", "Quake Kills 300"), nor in a title-case line where the
 * next word is capitalised too ("Blast Leaves 3 Dead"). `text` is the sentence; the caller knows no counted
 * noun follows.
 */
export const isNamePart = (core: QuantityCore, text: string): boolean => {
  if (core.unit !== null || core.kind !== 'digits') return false;
  if (!/^\d+$/.test(text.slice(core.numberStart, core.end))) return false;
  const word = NAME_WORD.exec(text.slice(0, core.start))?.[1];
  // "Ross' 15-person team", "Turner's 39": an owner, not a name the number belongs to.
  if (word === undefined || /['’]s?$/.test(word) || BREAKS.has(word.toLowerCase())) return false;
  return !/^\s+["“‘']?\p{Lu}/u.test(text.slice(core.end));
};

/** "World War Two", "Apollo 11": a number inside a name (an entity mention) that starts before it. */
export const insideName = (at: { start: number; end: number }, entities: readonly EntityMention[]): boolean =>
  entities.some((e) => e.span.start < at.start && at.end <= e.span.end);
