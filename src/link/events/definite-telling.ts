import {
  DEFINITE_DETERMINERS,
  DEFINITE_MAX_MODIFIERS,
  DISTINGUISHING_MODIFIERS,
  MONTH_WORDS,
} from '../../lang/en/link-events-definite.js';
import type { MentionId } from '../../model/ids.js';
import type { Span } from '../../model/span.js';
import type { TimeMention } from '../../model/time-mention.js';
import type { Token } from '../../model/token.js';

/** What a definite telling is: whether the trigger is such a noun, and the time mention told inside it. */
export interface DefinitePhrase {
  readonly definite: boolean;
  /** A time mention between the determiner and the noun ("the Nov. 1 shooting"), else null. */
  readonly timeId: MentionId | null;
}

const NONE: DefinitePhrase = { definite: false, timeId: null };

/** Parts of speech a modifier between the determiner and the noun may have. */
const MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'NUM', 'PROPN']);

/** A noun, or a gerund read as a verb ("stop the stabbing"): after a determiner it names the happening. */
const nounLike = (head: Token): boolean =>
  head.pos === null || head.pos === 'NOUN' || (head.pos === 'VERB' && head.norm.endsWith('ing'));

/** A word that may stand between the determiner and the noun without telling which happening it is. */
const plainModifier = (token: Token, text: string): boolean => {
  const word = token.norm.replace(/\.$/, '');
  if (MONTH_WORDS.has(word) || /^\d{1,2}(st|nd|rd|th)?$/.test(word)) return true;
  if (token.kind !== 'word' || DISTINGUISHING_MODIFIERS.has(word)) return false;
  // a capitalised word names something ("the Columbine massacre"): a distinguishing detail
  const first = text.charAt(token.span.start);
  return first === first.toLowerCase() && (token.pos === null || MODIFIER_POS.has(token.pos));
};

/** The index of the first token starting at or after `start` (tokens in text order). */
const firstAtOrAfter = (tokens: readonly Token[], start: number): number => {
  let [lo, hi] = [0, tokens.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.span.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * Whether an event's trigger is a definite noun that tells no detail of its own ("the shooting", "stop the
 * attack", "the Nov. 1 shooting"): a one-word noun (or gerund) after a definite determiner (DEFINITE_DETERMINERS) and at
 * most DEFINITE_MAX_MODIFIERS plain modifiers (lower-case adjectives or nouns, month words, day numbers; no
 * DISTINGUISHING_MODIFIERS such as "second" or "another"), in one sentence. The time mention among the modifiers,
 * if any, is the noun's date.
 */
export const definitePhrase = (
  text: string,
  trigger: Span,
  tokens: readonly Token[],
  times: readonly TimeMention[],
): DefinitePhrase => {
  const at = firstAtOrAfter(tokens, trigger.start);
  const head = tokens[at];
  if (head?.span.start !== trigger.start) return NONE;
  if (head.span.end !== trigger.end || !nounLike(head)) return NONE;
  let modifiers = 0;
  for (let i = at - 1; i >= 0; i -= 1) {
    const t = tokens[i]!;
    if (t.sentence !== head.sentence) return NONE;
    if (DEFINITE_DETERMINERS.has(t.norm)) {
      const time = times.find((m) => m.span.start >= t.span.end && m.span.end <= trigger.start);
      return { definite: true, timeId: time?.id ?? null };
    }
    // the dot of an abbreviated month ("Nov.") is part of its word
    if (t.kind === 'punctuation' && t.norm === '.' && MONTH_WORDS.has(tokens[i - 1]?.norm ?? '')) continue;
    modifiers += 1;
    if (modifiers > DEFINITE_MAX_MODIFIERS || !plainModifier(t, text)) return NONE;
  }
  return NONE;
};
