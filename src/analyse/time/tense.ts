import { TIME_FUTURE_CUES } from '../../lang/en/time-anchor-words.js';
import { alternation } from '../../lang/word-alternation.js';

const FUTURE = new RegExp(`(?<![\\w-])(?:${alternation(TIME_FUTURE_CUES)})(?![\\w-])`, 'i');
const CLAUSE = /[,;:()"“”—–]|\b(?:said|says|and|but|after|before|when|while)\b/gi;

/**
 * Whether the clause around `at` speaks of the future ("the vote will be held Tuesday"): a future cue in the
 * same clause, before or after the expression. A bare weekday or month there is the coming one.
 */
export const futureClause = (text: string, at: number, end = at): boolean => {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE)) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return FUTURE.test(text.slice(from, at)) || FUTURE.test(text.slice(end, to));
};
