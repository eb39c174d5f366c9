import { TOPIC_BODY_HEADS, TOPIC_JOINER } from '../../lang/en/entities-type-cues.js';
import type { Token } from '../../model/token.js';

/**
 * The first token of the subject in a body's name joined with "on" ("Transportation Security" in "House
 * Subcommittee on Transportation Security"): after a lower-case "on" that follows a body head, with a word after
 * it; null when the name holds none.
 */
export const bodyTopicStart = (
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): number | null => {
  for (let k = first + 1; k < last; k += 1) {
    const on = tokens[k]!;
    if (on.norm !== TOPIC_JOINER || text[on.span.start] !== TOPIC_JOINER[0]) continue;
    if (TOPIC_BODY_HEADS.has(tokens[k - 1]!.norm)) return k + 1;
  }
  return null;
};
