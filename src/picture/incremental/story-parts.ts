import type { LinkedClaim } from '../../link/claims/build-claims.js';
import { deniedClaimsOf, eventTelling, type Telling } from '../../link/events/event-telling.js';
import type { StoryDoc } from '../../link/story-doc.js';
import type { MentionId } from '../../model/ids.js';
import type { PictureClaim, PictureConflict } from '../../model/picture.js';
import { type DocFigures, docClaims, docFigures, shiftedClaims } from './doc-parts.js';
import { bySlotRank, type DocSlot } from './doc-slot.js';
import type { EntityState } from './entity-state.js';
import { figureId } from './figure-record.js';
import { type FigureState, figureState } from './figure-state.js';
import { mentionUse } from './mention-use.js';
import { relinkedClaims } from './relinked-claims.js';
import { renamedClaims, renamedFigures, renamedTellings } from './renamed-parts.js';
import type { StorySlots } from './story-slots.js';
import { type TellingAdd, type TellingMerger, tellingMerger } from './telling-merger.js';

/** One report's share of its story: claims and figures numbered after the reports before it. */
export interface Parts {
  readonly claimBase: number;
  readonly claims: readonly LinkedClaim[];
  readonly pictureClaims: readonly PictureClaim[];
  readonly figures: DocFigures;
  /** Its denial conflicts (null: to be told again), and the entities their notes may name. */
  denials: readonly Omit<PictureConflict, 'id'>[] | null;
  named: ReadonlySet<string>;
}

/** What changed since the story was last viewed (ranks of reports; Infinity: none). */
export interface PartMarks {
  /** The first report from which claims may have moved (reports added or renumbered). */
  changedFrom: number;
  /** Reports whose claims changed in place (same number of claims, same place). */
  readonly changed: Set<DocSlot>;
  /** The first report whose figures were renumbered (see conflictList). */
  renumberedFrom: number;
}

/** The per-report parts of a growing story and the events merged from their tellings (see storyParts). */
export interface StoryParts {
  readonly parts: ReadonlyMap<DocSlot, Parts>;
  readonly figures: FigureState;
  readonly merger: TellingMerger;
  /** Events whose tellings changed since last taken (the caller clears it). */
  readonly dirtyEvents: Set<number>;
  /** Reports with denial conflicts (kept by the caller). */
  readonly denying: Set<DocSlot>;
  readonly marks: PartMarks;
  place(first: number): void;
  retell(first: number): void;
  relink(
    moved: ReadonlyMap<DocSlot, ReadonlySet<MentionId>>,
    renaming: ReadonlyMap<string, string> | null,
  ): number;
}

interface Merged {
  readonly slot: DocSlot;
  readonly adds: readonly TellingAdd[];
  tellings: Telling[];
}

const sameSlots = (a: readonly DocSlot[], b: readonly DocSlot[]): boolean =>
  a.length === b.length && a.every((s, i) => s === b[i]);

const eventOrder = (doc: StoryDoc) =>
  [...doc.analysis.events].sort((a, b) => a.span.start - b.span.start || a.trigger.start - b.trigger.start);

/**
 * The reports' parts of a story as buildStory computes them, kept per report: claims (buildClaims over the
 * report), figures (buildFigures over the report and the originals it copies; figure-state.ts) and tellings
 * (eventTelling), merged into events in report order (telling-merger.ts).
 */
export const storyParts = (prefix: string, story: StorySlots, entities: EntityState): StoryParts => {
  const { slots, chainOf } = story;
  const figures = figureState(prefix);
  const merger = tellingMerger(story.copiesOf);
  /** The reports whose tellings are merged, in report order, with what merging them did. */
  const merged: Merged[] = [];
  const mergedOf = new Map<DocSlot, Merged>();
  const parts = new Map<DocSlot, Parts>();
  const dirtyEvents = new Set<number>();
  const denying = new Set<DocSlot>();
  const marks: PartMarks = { changedFrom: 0, changed: new Set(), renumberedFrom: Number.POSITIVE_INFINITY };

  /** Claims and figures of the reports from `first` on, numbered after those before them. */
  const place = (first: number): void => {
    for (let i = first; i < slots.length; i += 1) {
      const slot = slots[i]!;
      slot.rank = i;
      const prev = i > 0 ? slots[i - 1]! : null;
      const was = parts.get(slot);
      slot.claimBase = prev ? prev.claimBase + parts.get(prev)!.claims.length : 0;
      const figureBase = prev ? prev.figureBase + figures.count(prev) : 0;
      if (was !== undefined && figureBase !== slot.figureBase)
        marks.renumberedFrom = Math.min(marks.renumberedFrom, i);
      slot.figureBase = figureBase;
      const chain = chainOf(slot);
      let local = was?.figures;
      if (local === undefined || !sameSlots(local.chain, chain)) {
        if (local !== undefined) figures.removeDoc(slot);
        local = docFigures(chain, slot, entities.index, prefix);
        figures.addDoc(slot, local);
      }
      if (was !== undefined && was.claimBase === slot.claimBase) {
        parts.set(slot, { ...was, figures: local });
        continue;
      }
      // a report already in place only moves: its claims take new numbers
      const claims =
        was === undefined
          ? docClaims(slot, entities.index, prefix, slot.claimBase)
          : shiftedClaims(was.claims, prefix, slot.claimBase - was.claimBase);
      const pictureClaims = claims.map((c) => c.claim);
      parts.set(slot, {
        claimBase: slot.claimBase,
        claims,
        pictureClaims,
        figures: local,
        denials: null,
        named: new Set(),
      });
    }
  };

  /** A report's tellings, as buildEvents makes them (its figures numbered). */
  const tellingsOf = (slot: DocSlot): Telling[] => {
    const p = parts.get(slot)!;
    const figureOf = (m: MentionId): string | null => {
      const ref = p.figures.figureOf.get(m);
      return ref ? figureId(prefix, figures.record(ref)) : null;
    };
    const denied = deniedClaimsOf(p.claims)(slot.doc);
    return eventOrder(slot.doc).map((m) => eventTelling(slot.doc, m, entities.index, figureOf, denied));
  };

  /** Events: undo the tellings of reports from `first` on (last first), then merge them again in report order. */
  const retell = (first: number): void => {
    while (merged.length > 0 && merged.at(-1)!.slot.rank >= first) {
      const { slot, adds } = merged.pop()!;
      mergedOf.delete(slot);
      for (let k = adds.length - 1; k >= 0; k -= 1) {
        merger.undo(adds[k]!);
        dirtyEvents.add(adds[k]!.at);
      }
    }
    for (let i = first; i < slots.length; i += 1) {
      const slot = slots[i]!;
      const tellings = tellingsOf(slot);
      const adds = tellings.map((t) => {
        const a = merger.add(t);
        dirtyEvents.add(a.at);
        return a;
      });
      const m = { slot, adds, tellings };
      merged.push(m);
      mergedOf.set(slot, m);
    }
  };

  /**
   * Earlier reports whose claims, figures or events name mentions that changed entity id: their figures are made
   * again and their claims take their entity ids again (relinked-claims.ts; their numbers hold), and so are their
   * copies' figures (whose evidence sits on theirs). Their tellings are
   * renamed in place when the ids were only renamed, or when no event places or acts through those mentions;
   * else events are merged again from the first such report: returns its rank (Infinity: none).
   */
  const relink = (
    moved: ReadonlyMap<DocSlot, ReadonlySet<MentionId>>,
    renaming: ReadonlyMap<string, string> | null,
  ): number => {
    const again = new Set<DocSlot>();
    let from = Number.POSITIVE_INFINITY;
    for (const [slot, mentions] of moved) {
      const p = parts.get(slot);
      if (p === undefined) continue;
      if (denying.has(slot)) p.denials = null; // "about" names the places its claims speak of
      const { merging, named } = mentionUse(slot.doc, mentions);
      if (merging && renaming === null) from = Math.min(from, slot.rank);
      if (named) again.add(slot);
    }
    if (again.size === 0) return from;
    // Figures in place when their series hold; else made again, and the copies' evidence put back on them.
    const redo = new Set<DocSlot>();
    for (const slot of [...again].sort(bySlotRank)) {
      const p = parts.get(slot)!;
      // a renaming only changes the ids the parts name (renamed-parts.ts); else they are made again
      const local =
        renaming === null
          ? docFigures(chainOf(slot), slot, entities.index, prefix)
          : renamedFigures(p.figures, renaming);
      if (!figures.rebase(slot, local, renaming === null)) redo.add(slot);
      const claims =
        renaming === null ? relinkedClaims(p.claims, entities.index) : renamedClaims(p.claims, renaming);
      parts.set(slot, {
        ...p,
        claims,
        pictureClaims: claims.map((c) => c.claim),
        figures: local,
        denials: null,
      });
    }
    // the copies whose chain holds one of them: found down the duplicateOf links
    const below = new Set<DocSlot>();
    const stack = [...redo];
    while (stack.length > 0)
      for (const id of story.copiesOf(stack.pop()!.id)) {
        const s = story.slot(id);
        if (s === undefined || below.has(s)) continue;
        below.add(s);
        stack.push(s);
      }
    const copies = [...below].filter(
      (s) => !redo.has(s) && parts.has(s) && chainOf(s).some((c) => redo.has(c)),
    );
    for (const slot of [...redo, ...copies].sort(bySlotRank)) {
      figures.removeDoc(slot);
      figures.addDoc(slot, parts.get(slot)!.figures);
    }
    for (const slot of again) marks.changed.add(slot);
    if (renaming !== null) merger.rename(renaming);
    for (const slot of again) {
      const m = mergedOf.get(slot);
      if (m === undefined || slot.rank >= from) continue;
      const tellings = renaming === null ? tellingsOf(slot) : renamedTellings(m.tellings, renaming);
      m.tellings.forEach((t, k) => {
        merger.replace(m.adds[k]!.at, t, tellings[k]!);
        dirtyEvents.add(m.adds[k]!.at);
      });
      m.tellings = tellings;
    }
    return from;
  };

  return { parts, figures, merger, dirtyEvents, denying, marks, place, retell, relink };
};
