import { NUMBER_TENS, NUMBER_UNITS } from '../../lang/en/figures-number-words.js';

/** A regex alternation matching one cardinal word up to ninety-nine ("five", "twenty-five"). */
const units = Object.keys(NUMBER_UNITS).join('|');
const tens = Object.keys(NUMBER_TENS).join('|');
export const SMALL_NUMBER_PATTERN = `(?:(?:${tens})(?:[-\\s](?:${units}))?|${units}|\\d+)`;

/** The value of a small cardinal ("5", "five", "twenty-five"), or null. */
export const smallNumberValue = (s: string): number | null => {
  const w = s.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  const [a = '', b] = w.split(/[-\s]+/);
  const head = NUMBER_UNITS[a] ?? NUMBER_TENS[a];
  if (head === undefined) return null;
  return b === undefined ? head : head + (NUMBER_UNITS[b] ?? 0);
};
