import { LINK_CLAIM_ANAPHOR_HEADS, LINK_CLAIM_ANAPHOR_MAX_WORDS } from '../../lang/en/link-claim-anaphors.js';
import type { Attribution } from '../../model/attribution.js';
import type { MentionId } from '../../model/ids.js';
import type { Sentence } from '../../model/sentence.js';
import { contentWords } from '../text/content-words.js';
import { sentenceAt } from '../text/sentence-at.js';

const HEADS = new Set(LINK_CLAIM_ANAPHOR_HEADS);
const ANSWERS = new Set(['denies', 'confirms']);

/** "the claims", "it", "these reports": a short content that points back at an earlier claim. */
export const isAnaphoricContent = (content: string): boolean => {
  const words = content.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.length <= LINK_CLAIM_ANAPHOR_MAX_WORDS && HEADS.has(words.at(-1)!);
};

const start = (a: Attribution): number => Math.min(a.cue.start, a.content.start);

/**
 * The earlier attribution a denial or confirmation answers. The attribution stage's `refersTo` wins when set;
 * otherwise the nearest preceding non-answering attribution in the same or the previous
 * sentence, when the answer's content is anaphoric ("denied the claims") or shares a content word with it.
 */
export const answeredAttribution = (
  a: Attribution,
  all: readonly Attribution[],
  sentences: readonly Sentence[],
  text: string,
): MentionId | null => {
  // Analyses stored before the attribution stage wrote refersTo lack the field: read it defensively.
  const stated = (a as { readonly refersTo?: MentionId | null }).refersTo ?? null;
  if (stated !== null) return stated;
  if (!ANSWERS.has(a.stance)) return null;
  const here = sentenceAt(sentences, start(a));
  if (here < 0) return null;
  const candidate = all
    .filter((b) => !ANSWERS.has(b.stance) && start(b) < start(a))
    .filter((b) => {
      const s = sentenceAt(sentences, start(b));
      return s === here || s === here - 1;
    })
    .sort((x, y) => start(y) - start(x))[0];
  if (!candidate) return null;
  const content = text.slice(a.content.start, a.content.end);
  if (isAnaphoricContent(content)) return candidate.id;
  const theirs = new Set(contentWords(text.slice(candidate.content.start, candidate.content.end)));
  return contentWords(content).some((w) => theirs.has(w)) ? candidate.id : null;
};
