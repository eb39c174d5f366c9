import { HYPHEN_MODIFIER_ENDINGS, HYPHEN_MODIFIER_TAILS } from '../../lang/en/entities-type-cues.js';
import type { Token } from '../../model/token.js';

/** A short capitalised word: a family name or the first syllable of a given name ("Moon", "Jae"). */
const SYLLABLE = /^\p{Lu}\p{Ll}{1,4}$/u;
/** The lower-case syllable that ends the given name ("in" of "Jae-in", "un" of "Jong-un"). */
const TAIL = /^\p{Ll}{1,5}$/u;

/**
 * Whether tokens [first, last] are a family name and a hyphened two-syllable given name, written as one word
 * each with nothing between: "Moon Jae-in", "Ban Ki-moon", "Tsai Ing-wen". Such a run is a person's name even
 * where the tagger read it otherwise, and its lower-case last syllable is the name's, not a modifier's tail
 * ("New York-area", "Hong Kong-based" are no names of this shape).
 */
export const hyphenedGivenName = (text: string, tokens: readonly Token[], first: number, last: number) => {
  if (last - first !== 3 || tokens[last - 1]!.norm !== '-') return false;
  const surface = (i: number) => text.slice(tokens[i]!.span.start, tokens[i]!.span.end);
  const tight = (i: number) => tokens[i]!.span.end === tokens[i + 1]!.span.start;
  return (
    SYLLABLE.test(surface(first)) &&
    SYLLABLE.test(surface(first + 1)) &&
    text.slice(tokens[first]!.span.end, tokens[first + 1]!.span.start) === ' ' &&
    tight(first + 1) &&
    tight(first + 2) &&
    TAIL.test(surface(last)) &&
    !HYPHEN_MODIFIER_TAILS.has(tokens[last]!.norm) &&
    !HYPHEN_MODIFIER_ENDINGS.test(tokens[last]!.norm)
  );
};
