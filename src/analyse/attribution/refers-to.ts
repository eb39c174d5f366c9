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

const words = (text: string, s: Span): string[] =>
  spanText(text, s)
    .toLowerCase()
    .match(/[a-z][a-z'-]*/g) ?? [];

const stems = (ws: readonly string[]): Set<string> =>
  new Set(ws.filter((w) => w.length > 3 && !STOPWORDS.has(w)).map((w) => w.slice(0, STEM)));

/**
 * The earlier claim a denial or confirmation answers: among claims in the same or the previous sentence, the
 * nearest when the answer only points back ("denied the claims"), else the nearest that shares a content word
 * ("confirmed that government forces have seized…" ↔ "said … have seized …"). Returns a draft index or null.
 */
export const refersTo = (text: string, drafts: readonly AttributionDraft[], at: number): number | null => {
  const d = drafts[at]!;
  if (!ANSWERS.has(d.stance)) return null;
  const own = words(text, d.content);
  const pointsBack = own.length <= SHORT_OBJECT && own.some((w) => CLAIM_ANAPHORS.has(w));
  const ownStems = stems(own);
  for (let i = at - 1; i >= 0; i -= 1) {
    const c = drafts[i]!;
    if (d.sentence - c.sentence > 1) break;
    if (ANSWERS.has(c.stance)) continue;
    if (pointsBack) return i;
    for (const s of stems(words(text, c.content))) if (ownStems.has(s)) return i;
  }
  return null;
};
