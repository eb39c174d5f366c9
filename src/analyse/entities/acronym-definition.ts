import type { Token } from '../../model/token.js';
import { entityKey } from './entity-key.js';
import { initialsOf } from './initials.js';

const CAPITAL = /^\p{Lu}/u;
/** How far back a definition may start from the bracket. */
const REACH = 12;

/**
 * The first token of the longest capitalised stretch ending at token `last` whose initials spell `acronym`
 * ("Islamic State of Iraq and the Levant (ISIL)" → the index of "Islamic"); null when none does.
 */
export const acronymDefinitionStart = (
  text: string,
  tokens: readonly Token[],
  last: number,
  acronym: string,
): number | null => {
  const want = acronym.toLowerCase();
  const sentence = tokens[last]!.sentence;
  let found: number | null = null;
  for (let s = last - 1; s >= 0 && last - s <= REACH && tokens[s]!.sentence === sentence; s -= 1) {
    const t = tokens[s]!;
    if (t.kind === 'punctuation' && t.norm !== '-' && t.norm !== "'") break;
    if (t.norm === 'the' || !CAPITAL.test(text.slice(t.span.start, t.span.end))) continue;
    const key = entityKey(text.slice(t.span.start, tokens[last]!.span.end));
    if (initialsOf(key).includes(want)) found = s;
  }
  return found;
};
