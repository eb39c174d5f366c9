import { CLAIM_ANAPHORS } from '../../lang/en/attribution-cues.js';
import { LINK_STOPWORDS } from '../../lang/en/link-stopwords.js';
import { type Span, spanText } from '../../model/span.js';
import type { Stance } from '../../model/stance.js';
import type { AttributionDraft } from './attribution-draft.js';

const STOPWORDS: ReadonlySet<string> = new Set(LINK_STOPWORDS);
/** Stances that answer an earlier claim rather than make one. */
const ANSWERS: ReadonlySet<Stance> = new Set(['denies', 'confirms']);
const SHORT_OBJECT = 4;
const STEM = 5;
/** Stems an answer of several content words shares with the claim it answers, unless a word is shared as is. */
const SHARED_STEMS = 2;

const words = (text: string, s: Span): string[] =>
  spanText(text, s)
    .toLowerCase()
    .match(/[a-z][a-z'-]*/g) ?? [];

const contentWords = (ws: readonly string[]): string[] => ws.filter((w) => w.length > 3 && !STOPWORDS.has(w));

const stems = (ws: readonly string[]): Set<string> => new Set(contentWords(ws).map((w) => w.slice(0, STEM)));

/**
 * The earlier claim a denial or confirmation answers: among claims in the same or the previous sentence, the
 * nearest when the answer only points back ("denied the claims"), else the nearest that shares with it a content
 * word as written, or two content words by their first five letters (or the answer's one): "confirmed that
 * government forces have seized the district" ↔ "said the army has seized al-Sakhour"; "denied shelling a
 * hospital" ↔ "said rebels shelled the hospitals"; "denied the bombings" ↔ "said the bombing killed five". One
 * stem shared in another form is a topic, not the claim ("Iran was behind the attack" does not answer "the guard
 * was attacked with a knife"). Returns a draft index or null.
 */
export const refersTo = (text: string, drafts: readonly AttributionDraft[], at: number): number | null => {
  const d = drafts[at]!;
  if (!ANSWERS.has(d.stance)) return null;
  const own = words(text, d.content);
  const pointsBack = own.length <= SHORT_OBJECT && own.some((w) => CLAIM_ANAPHORS.has(w));
  const ownWords = new Set(contentWords(own));
  const ownStems = stems(own);
  const needed = Math.min(SHARED_STEMS, ownStems.size);
  for (let i = at - 1; i >= 0; i -= 1) {
    const c = drafts[i]!;
    if (d.sentence - c.sentence > 1) break;
    if (ANSWERS.has(c.stance)) continue;
    if (pointsBack) return i;
    const theirs = words(text, c.content);
    if (theirs.some((w) => ownWords.has(w))) return i;
    const shared = [...stems(theirs)].filter((s) => ownStems.has(s)).length;
    if (needed > 0 && shared >= needed) return i;
  }
  return null;
};
