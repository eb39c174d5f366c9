import { compareReports, type StoryDoc } from '../../link/story-doc.js';
import { type DocSlot, docSlot } from './doc-slot.js';

/** A story's reports in report order (published, then id), as reports arrive in any order. */
export interface StorySlots {
  /** The reports in report order; each slot's rank is its position. */
  readonly slots: readonly DocSlot[];
  slot(documentId: string): DocSlot | undefined;
  /** The reports of the story that are near-duplicates of report `documentId`. */
  copiesOf(documentId: string): readonly string[];
  /**
   * Puts new reports in place (ones already held are skipped) and ranks every report from the first position
   * that changed; returns the new slots and that position (the number of reports when nothing was new).
   */
  insert(docs: readonly StoryDoc[]): { readonly fresh: readonly DocSlot[]; readonly first: number };
  /** The report's originals (duplicateOf, transitively) that come before it in the story, in report order. */
  chainOf(slot: DocSlot): DocSlot[];
}

export const storySlots = (): StorySlots => {
  const slots: DocSlot[] = [];
  const byId = new Map<string, DocSlot>();
  const copies = new Map<string, string[]>();
  return {
    slots,
    slot: (id) => byId.get(id),
    copiesOf: (id) => copies.get(id) ?? [],
    insert: (docs) => {
      const fresh: DocSlot[] = [];
      let first = slots.length;
      for (const d of [...docs].sort((a, b) => compareReports(a.report, b.report))) {
        if (byId.has(d.report.id)) continue;
        const slot = docSlot(d);
        let lo = 0;
        let hi = slots.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (compareReports(slots[mid]!.doc.report, d.report) < 0) lo = mid + 1;
          else hi = mid;
        }
        slots.splice(lo, 0, slot);
        first = Math.min(first, lo);
        byId.set(slot.id, slot);
        const original = d.report.duplicateOf;
        if (original !== null) copies.set(original, [...(copies.get(original) ?? []), slot.id]);
        fresh.push(slot);
      }
      for (let i = first; i < slots.length; i += 1) slots[i]!.rank = i;
      return { fresh, first };
    },
    chainOf: (slot) => {
      const chain: DocSlot[] = [];
      let limit = slot.rank;
      for (let o = slot.doc.report.duplicateOf; o !== null; ) {
        const s = byId.get(o);
        if (s === undefined || s.rank >= limit) break;
        chain.unshift(s);
        limit = s.rank;
        o = s.doc.report.duplicateOf;
      }
      return chain;
    },
  };
};
