import { BE_FORMS, PASSIVE_ADVERBS } from '../../lang/en/attribution-syntax.js';
import { CLAIM_CLAUSE_TAGS, CLAIM_PASSIVE_SPEAKERS, CLAIM_REFLEXIVES } from '../../lang/en/claim-cues.js';
import { CLAIM_OBJECT_CUES } from '../../lang/en/claim-object-cues.js';
import type { Attribution } from '../../model/attribution.js';
import { type Span, spanContains } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { type ClaimCueMatch, claimCueMatch, cueWords } from './claim-cue-class.js';

/** Whether a content is a clause (holds a verb): true when the report has no tagged tokens to judge by. */
const isClause = (tokens: readonly Token[], content: Span): boolean => {
  const inside = tokens.filter((t) => spanContains(content, t.span));
  return inside.length === 0 || inside.some((t) => t.pos !== null && CLAIM_CLAUSE_TAGS.has(t.pos));
};

/** The first words of a content (at most `n`). */
const opening = (text: string, content: Span, n: number): string[] =>
  cueWords(text.slice(content.start, Math.min(content.end, content.start + 60))).slice(0, n);

/**
 * A claim participle after a form of "be" in the cue ("was told", "is estimated", "was finally admitted"): the
 * source before it is the one told or spoken about, not the speaker ("was quoted", "is convinced" excepted).
 */
const isPassive = (words: readonly string[], m: ClaimCueMatch): boolean => {
  const word = words[m.at]!;
  if (word.endsWith('ing') || CLAIM_PASSIVE_SPEAKERS.has(word)) return false;
  let i = m.at - 1;
  while (i >= 0 && (PASSIVE_ADVERBS.has(words[i]!) || words[i]!.endsWith('ly'))) i -= 1;
  return i >= 0 && BE_FORMS.has(words[i]!);
};

/**
 * What an attribution's cue makes of it: `quotation` for a quotation mark, or a colon before a quotation ("was
 * less circumspect: …"), going on with the speaker's words; the claim cue form (claimCueMatch) of a worded cue,
 * for a refusal read with the first words refused ("declined" + "to comment"); null when it is no claim cue,
 * when it is passive with the source before it ("X was told …"), when the content turns back on the source
 * ("identified himself as", "calling themselves"), or when a fear, doubt or showing has no clause after it
 * ("worrying about similar threats", "the photo shows an officer"), nor a cue that names what was written,
 * quoted or cited (CLAIM_OBJECT_CUES) in a statement outside a quotation ("wrote a letter", "citing a report").
 */
export const readClaimCue = (
  text: string,
  tokens: readonly Token[],
  a: Attribution,
): ClaimCueMatch | 'quotation' | null => {
  const cue = text.slice(a.cue.start, a.cue.end);
  const words = cueWords(cue);
  if (words.length === 0 || (a.direct && /:\s*$/.test(cue))) return 'quotation';
  const read =
    a.stance === 'declines' && claimCueMatch(words) === null
      ? [...words, ...opening(text, a.content, 2)]
      : words;
  const m = claimCueMatch(read);
  if (m === null) return null;
  if (a.source !== null && a.source.start < a.cue.start && isPassive(read, m)) return null;
  const first = opening(text, a.content, 1)[0];
  if (first !== undefined && CLAIM_REFLEXIVES.has(first)) return null;
  // only a statement: a refusal ("did not mention drone strikes", "declined to comment") keeps its reading
  const objectCue =
    a.stance === 'asserts' && !a.direct && m.at < words.length && CLAIM_OBJECT_CUES.has(words[m.at]!);
  const needsClause = m.entry.needsClause === true || objectCue;
  return !needsClause || isClause(tokens, a.content) ? m : null;
};
