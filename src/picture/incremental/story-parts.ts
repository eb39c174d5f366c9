import type { LinkedClaim } from '../../link/claims/build-claims.js';
import { deniedClaimsOf, eventTelling, type Telling } from '../../link/events/event-telling.js';
import type { StoryDoc } from '../../link/story-doc.js';
import type { MentionId } from '../../model/ids.js';
import type { PictureClaim, PictureConflict } from '../../model/picture.js';
import { type DocFigures, docClaims, docFigures } from './doc-parts.js';
import { bySlotRank, type DocSlot } from './doc-slot.js';
import type { EntityState } from './entity-state.js';
import { figureId } from './figure-record.js';
import { type FigureState, figureState } from './figure-state.js';
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
  const merged: { readonly slot: DocSlot; readonly adds: readonly TellingAdd[]; tellings: Telling[] }[] = [];
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
      const claims = docClaims(slot, entities.index, prefix, slot.claimBase);
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
      const { adds } = merged.pop()!;
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
      merged.push({ slot, adds, tellings });
    }
  };

  /**
   * Earlier reports whose claims, figures or events name mentions that changed entity id: those are made again
   * (their numbers hold), and so are their copies' figures (whose evidence sits on theirs). Their tellings are
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
      const { attributions, figures: fs, events } = slot.doc.analysis;
      const merging = events.some(
        (e) => (e.placeId !== null && mentions.has(e.placeId)) || e.actorIds.some((a) => mentions.has(a)),
      );
      if (merging && renaming === null) from = Math.min(from, slot.rank);
      const named =
        merging ||
        attributions.some((a) => a.sourceMentionId !== null && mentions.has(a.sourceMentionId)) ||
        fs.some((f) => f.placeId !== null && mentions.has(f.placeId)) ||
        events.some((e) => e.targetIds.some((t) => mentions.has(t)));
      if (named) again.add(slot);
    }
    if (again.size === 0) return from;
    // Figures in place when their series hold; else made again, and the copies' evidence put back on them.
    const redo = new Set<DocSlot>();
    for (const slot of [...again].sort(bySlotRank)) {
      const p = parts.get(slot)!;
      const local = docFigures(chainOf(slot), slot, entities.index, prefix);
      if (!figures.rebase(slot, local)) redo.add(slot);
      const claims = docClaims(slot, entities.index, prefix, slot.claimBase);
      parts.set(slot, {
        ...p,
        claims,
        pictureClaims: claims.map((c) => c.claim),
        figures: local,
        denials: null,
      });
    }
    const copies = slots.filter(
      (s) =>
        !redo.has(s) &&
        parts.has(s) &&
        s.doc.report.duplicateOf !== null &&
        chainOf(s).some((c) => redo.has(c)),
    );
    for (const slot of [...redo, ...copies].sort(bySlotRank)) {
      figures.removeDoc(slot);
      figures.addDoc(slot, parts.get(slot)!.figures);
    }
    for (const slot of again) marks.changed.add(slot);
    if (renaming !== null) merger.rename(renaming);
    for (const m of merged) {
      if (!again.has(m.slot) || m.slot.rank >= from) continue;
      const tellings = tellingsOf(m.slot);
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
