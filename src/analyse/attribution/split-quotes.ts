import type { Span } from '../../model/span.js';
import type { AttributionDraft } from './attribution-draft.js';

/** Most words the speaker's words may take between the two halves of a quotation ("Mr. Obama said on Monday"). */
const MAX_GAP_WORDS = 10;

/** Whether `inner` lies within `outer`. */
const within = (outer: Span, inner: Span | null): boolean =>
  inner === null || (inner.start >= outer.start && inner.end <= outer.end);

/**
 * The direct claim whose cue splits the quotation of `u` ('"What we owe them is honesty," Mr. Obama said, "and
 * to say so."'): a cued direct claim of the same sentence whose content comes after `u`'s, with its cue and
 * source between the two halves, a comma right after the first half's closing mark and few words between.
 */
const splitBy = (text: string, u: AttributionDraft, drafts: readonly AttributionDraft[]): number =>
  drafts.findIndex((c) => {
    if (c === u || !c.direct || c.rule === 'quote-uncued' || c.sentence !== u.sentence) return false;
    const gap = { start: u.content.end, end: c.content.start };
    if (gap.end <= gap.start || !within(gap, c.cue) || !within(gap, c.source)) return false;
    const words = text.slice(gap.start, gap.end);
    return (
      /^[.,!?]?\s*["“”']?\s*,|^,\s*["“”']/u.test(words) &&
      (words.match(/\p{L}+/gu)?.length ?? 0) <= MAX_GAP_WORDS
    );
  });

/**
 * Drafts with each quotation split by its speaker's words made one: '"A," Mr. Obama said, "B."' is one claim of
 * Mr. Obama, its content running from A to B (the first half, which no cue reaches, is no claim of its own).
 * Quotations going on from the first half go on from the joined claim.
 */
export const joinSplitQuotes = (text: string, drafts: readonly AttributionDraft[]): AttributionDraft[] => {
  const out = [...drafts];
  const moved = new Map<number, Span>();
  for (let i = out.length - 1; i >= 0; i -= 1) {
    const u = out[i]!;
    if (u.rule !== 'quote-uncued') continue;
    const j = splitBy(text, u, out);
    if (j < 0) continue;
    const c = out[j]!;
    out[j] = { ...c, content: { start: u.content.start, end: c.content.end } };
    moved.set(u.cue.start, c.cue);
    out.splice(i, 1);
  }
  if (moved.size === 0) return out;
  return out.map((d) => {
    const to = d.continues && moved.get(d.continues.start);
    return to ? { ...d, continues: to } : d;
  });
};
