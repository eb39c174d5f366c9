import type { QuantityCore } from './quantity-core.js';

/** A bare number alone in brackets after a word or a sentence: "(1)", "[3]", "(12)". */
const BRACKET_BEFORE = /\S\s*[([]\s*$/;
const BRACKET_AFTER = /^\s*[)\]]/;
/** A number that opens a line (or the sentence) before "." or ")": "1. The army…", "2) Officials…". */
const LIST_BEFORE = /^[ \t]*$|\n[ \t]*$/;
const LIST_AFTER = /^[.)](?:[ \t]+\S|\s*$)/;

/**
 * Reference markers and list numbers count nothing: "disagreed (2).", "the town [3]", "1. The army moved in".
 * Only bare digits with no unit and no counted noun inside the brackets: "(5 killed)" and "(about 300 people)"
 * stay figures. `text` is the sentence; offsets are into it.
 */
export const isReferenceMarker = (core: QuantityCore, text: string): boolean => {
  if (core.kind !== 'digits' || core.unit !== null || core.start !== core.numberStart) return false;
  const before = text.slice(0, core.start);
  const after = text.slice(core.end);
  if (BRACKET_BEFORE.test(before) && BRACKET_AFTER.test(after)) return true;
  return LIST_BEFORE.test(before) && LIST_AFTER.test(after);
};
