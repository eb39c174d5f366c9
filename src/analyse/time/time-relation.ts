import { TIME_RELATION_CUES, TIME_SINCE_CLAUSE_WORDS } from '../../lang/en/time-relation-cues.js';
import { alternation } from '../../lang/word-alternation.js';
import type { TimeRelation, TimexType } from '../../model/time-mention.js';

const CUE = new RegExp(`(?<![\\w-])(${alternation(Object.keys(TIME_RELATION_CUES))})\\s+(?:the\\s+)?$`, 'i');
const SINCE = /(?<![\w-])since\s/gi;
const CLAUSE_BREAK = /[,;:()"“”—–]/;

/**
 * How a time expression relates to what it qualifies, from the words just before it ("since November 15",
 * "until Friday", "during the past week"). A date after "in"/"on" inside a clause opened by "since"
 * ("since the regime began its offensive in mid-November") is the start of a window too.
 */
export const timeRelation = (
  before: string,
  type: TimexType,
): { relation: TimeRelation; sinceClause: boolean } => {
  const cue = CUE.exec(before)?.[1];
  if (cue)
    return {
      relation: TIME_RELATION_CUES[cue.toLowerCase().replace(/\s+/g, ' ')] ?? 'at',
      sinceClause: false,
    };
  const fallback: TimeRelation = type === 'DURATION' || type === 'SET' ? 'during' : 'at';
  if (type !== 'DATE' || !/(?:^|\s)(?:in|on)\s+(?:the\s+)?$/i.test(before))
    return { relation: fallback, sinceClause: false };
  let since = -1;
  for (const m of before.matchAll(SINCE)) since = m.index;
  if (since < 0) return { relation: fallback, sinceClause: false };
  const between = before.slice(since);
  const words = between.split(/\s+/).length;
  if (CLAUSE_BREAK.test(between) || words > TIME_SINCE_CLAUSE_WORDS)
    return { relation: fallback, sinceClause: false };
  return { relation: 'since', sinceClause: true };
};
