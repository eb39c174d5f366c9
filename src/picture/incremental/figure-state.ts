import type { PictureFigure } from '../../model/picture.js';
import type { FigureVoice } from '../conflicts/series-conflicts.js';
import { isControlFigure } from '../control/build-control.js';
import { placelessSeries } from '../figures/placeless-series.js';
import { type ChunkedList, chunkedList } from './chunked-list.js';
import type { DocFigures, FigureRef } from './doc-parts.js';
import type { DocSlot } from './doc-slot.js';
import { type FigureRecord, figureRecord, pictureFigure } from './figure-record.js';
import { type ConflictRecord, type SeriesConflicts, seriesState } from './series-state.js';

/** The figures of a growing story: records per report, series keys, and the series conflicts. */
export interface FigureState {
  /** Adds a report's figures (its figureBase set) and the evidence its copies add to earlier figures. */
  addDoc(slot: DocSlot, parts: DocFigures): void;
  removeDoc(slot: DocSlot): void;
  /**
   * The report's figures made again with the same series keys (its entities renamed): the records take the new
   * figures in place (their series, conflicts and copies' evidence hold). False, and nothing done, when the
   * figures differ in number or series. `regrouped`: entities were merged or split, not only renamed, so two
   * claimants may now be one: the days of the figures whose claimant changed are worked out again.
   */
  rebase(slot: DocSlot, parts: DocFigures, regrouped: boolean): boolean;
  count(slot: DocSlot): number;
  record(ref: FigureRef): FigureRecord;
  /** The names of these claimants changed: the conflicts that quote them are told again. */
  touchClaimants(ids: ReadonlySet<string>): void;
  /** Settles series keys of placeless figures, then the conflicts of the days that changed. */
  flush(voice: FigureVoice): void;
  /** The figures of the reports from this rank on were renumbered. */
  renumbered(rank: number): void;
  /** The story's figures in order (`slots`: the story's reports in report order, numbered). */
  figures(slots: readonly DocSlot[]): ChunkedList<PictureFigure>;
  /** Those of its figures that control lists (isControlFigure), in order. */
  controlFigures(): PictureFigure[];
  conflicts(): SeriesConflicts;
  /** The series conflicts that name figures of these reports. */
  conflictsNaming(slots: Iterable<DocSlot>): Set<ConflictRecord>;
}

interface Scope {
  /** Figures with a place, per raw series key. */
  readonly placed: Map<string, Set<FigureRecord>>;
  readonly placeless: Set<FigureRecord>;
  /** The one placed series key when flushed last (null: none or several). */
  target: string | null;
}

const keyParts = (key: string): string[] => key.split('|');

/**
 * The incremental form of buildFigures' story-wide steps: numbering (`f<n>` from each report's figureBase),
 * evidence of near-duplicates, placeless figures joining the one placed series of their kind (decided by
 * placelessSeries over one figure per placed series and the placeless figures of the kind), and the series
 * conflicts (series-state.ts).
 */
export const figureState = (prefix: string): FigureState => {
  const records = new Map<DocSlot, FigureRecord[]>();
  const extrasOf = new Map<DocSlot, FigureRecord[]>();
  const scopes = new Map<string, Scope>();
  const touchedScopes = new Map<Scope, Set<FigureRecord>>();
  const inSeries = new Set<FigureRecord>();
  const byClaimant = new Map<string, Set<FigureRecord>>();
  const series = seriesState(prefix);
  const control = new Set<FigureRecord>();
  /**
   * The figures last listed; since then, the lowest rank from which figures may have moved (reports added,
   * removed or renumbered), and the figures changed in place.
   */
  let listed: ChunkedList<PictureFigure> | null = null;
  let dirtyFrom = 0;
  const patched = new Set<FigureRecord>();
  /** Reports whose figures were taken out or put in since the last list, and how many each had then. */
  const replaced = new Set<DocSlot>();
  const listedCount = new Map<DocSlot, number>();
  const dirty = (rank: number): void => {
    dirtyFrom = Math.min(dirtyFrom, rank);
  };
  const patch = (r: FigureRecord): void => {
    r.cached = null;
    patched.add(r);
  };

  const scopeOf = (r: FigureRecord): { scope: Scope; placed: boolean } => {
    const [measure, what, place, unit] = keyParts(r.rawKey);
    const name = `${measure}|${what}|${unit}`;
    let scope = scopes.get(name);
    if (scope === undefined) {
      scope = { placed: new Map(), placeless: new Set(), target: null };
      scopes.set(name, scope);
    }
    return { scope, placed: place !== '-' };
  };
  const touch = (scope: Scope, r: FigureRecord | null): void => {
    const pending = touchedScopes.get(scope) ?? new Set();
    if (r) pending.add(r);
    touchedScopes.set(scope, pending);
  };
  const enter = (r: FigureRecord): void => {
    series.add(r);
    inSeries.add(r);
  };
  const leave = (r: FigureRecord): void => {
    if (inSeries.delete(r)) series.remove(r);
  };
  const changeExtras = patch;

  const addDoc = (slot: DocSlot, parts: DocFigures): void => {
    replaced.add(slot);
    const own = parts.own.map((f, i) => figureRecord(slot, i, f, f.seriesKey));
    records.set(slot, own);
    for (const r of own) {
      if (isControlFigure(r.base)) control.add(r);
      const { scope, placed } = scopeOf(r);
      if (placed) {
        const set = scope.placed.get(r.rawKey) ?? new Set();
        scope.placed.set(r.rawKey, set.add(r));
        enter(r);
      } else scope.placeless.add(r);
      touch(scope, placed ? null : r);
      const claimant = r.base.claimantId;
      if (claimant !== null) byClaimant.set(claimant, (byClaimant.get(claimant) ?? new Set()).add(r));
    }
    const targets: FigureRecord[] = [];
    for (const c of parts.copies) {
      const r = records.get(c.of.slot)![c.of.index]!;
      let at = r.extras.length;
      while (at > 0 && r.extras[at - 1]!.slot.rank > slot.rank) at -= 1;
      r.extras.splice(at, 0, { slot, citation: c.citation });
      changeExtras(r);
      targets.push(r);
    }
    extrasOf.set(slot, targets);
  };

  const removeDoc = (slot: DocSlot): void => {
    replaced.add(slot);
    for (const r of records.get(slot) ?? []) {
      control.delete(r);
      const { scope, placed } = scopeOf(r);
      if (placed) {
        const set = scope.placed.get(r.rawKey)!;
        set.delete(r);
        if (set.size === 0) scope.placed.delete(r.rawKey);
      } else scope.placeless.delete(r);
      touchedScopes.get(scope)?.delete(r);
      touch(scope, null);
      leave(r);
      if (r.base.claimantId !== null) byClaimant.get(r.base.claimantId)?.delete(r);
    }
    records.delete(slot);
    for (const r of extrasOf.get(slot) ?? []) {
      r.extras.splice(
        r.extras.findIndex((e) => e.slot === slot),
        1,
      );
      changeExtras(r);
    }
    extrasOf.delete(slot);
  };

  /** Series keys of placeless figures: all of a kind when its placed series changed, else the new ones. */
  const settleKeys = (): void => {
    for (const [scope, pending] of touchedScopes) {
      const target = scope.placed.size === 1 ? [...scope.placed.keys()][0]! : null;
      const redo = target === scope.target ? [...pending] : [...scope.placeless];
      scope.target = target;
      if (redo.length === 0) continue;
      // placelessSeries only asks whether a kind has one placed series: two stand for any number
      const reps: PictureFigure[] = [];
      for (const set of scope.placed.values()) {
        reps.push(set.values().next().value!.base);
        if (reps.length === 2) break;
      }
      const keyed = placelessSeries([...reps, ...redo.map((r) => r.base)]).slice(reps.length);
      redo.forEach((r, i) => {
        const key = keyed[i]!.seriesKey;
        const fresh = !inSeries.has(r) && pending.has(r);
        if (key === r.key && !fresh) return;
        leave(r);
        r.key = key;
        patch(r);
        enter(r);
      });
    }
    touchedScopes.clear();
  };

  const rebase = (slot: DocSlot, parts: DocFigures, regrouped: boolean): boolean => {
    const own = records.get(slot) ?? [];
    if (own.length !== parts.own.length || own.some((r, i) => r.rawKey !== parts.own[i]!.seriesKey))
      return false;
    own.forEach((r, i) => {
      const was = r.base.claimantId;
      r.base = parts.own[i]!;
      patch(r);
      const claimant = r.base.claimantId;
      if (claimant === was) return;
      // regrouped entities can make two claimants one (or one two): which figures contradict may change
      if (regrouped && inSeries.has(r)) series.refresh(r);
      if (was !== null) byClaimant.get(was)?.delete(r);
      if (claimant !== null) byClaimant.set(claimant, (byClaimant.get(claimant) ?? new Set()).add(r));
    });
    return true;
  };

  return {
    addDoc,
    removeDoc,
    rebase,
    count: (slot) => records.get(slot)?.length ?? 0,
    record: (ref) => records.get(ref.slot)![ref.index]!,
    touchClaimants: (ids) => {
      for (const id of ids) for (const r of byClaimant.get(id) ?? []) if (inSeries.has(r)) series.touch(r);
    },
    flush: (voice) => {
      settleKeys();
      series.flush(voice);
    },
    renumbered: dirty,
    figures: (slots) => {
      // a report whose figures were made again, as many as before, keeps their places: they change in place
      for (const slot of replaced) {
        const own = records.get(slot);
        if (own === undefined || own.length !== listedCount.get(slot)) dirty(slot.rank);
        else for (const r of own) patched.add(r);
      }
      replaced.clear();
      if (listed !== null && dirtyFrom >= slots.length && patched.size === 0) return listed;
      const from = listed === null ? 0 : Math.min(dirtyFrom, slots.length);
      const out = (listed ?? chunkedList()).edit();
      out.truncate(from < slots.length ? slots[from]!.figureBase : out.length);
      for (let i = from; i < slots.length; i += 1) {
        const own = records.get(slots[i]!) ?? [];
        listedCount.set(slots[i]!, own.length);
        for (const r of own) out.push(pictureFigure(prefix, r));
      }
      // a figure changed in place before `from` keeps its place
      for (const r of patched)
        if (r.slot.rank < from && records.get(r.slot)?.[r.index] === r)
          out.set(r.slot.figureBase + r.index, pictureFigure(prefix, r));
      listed = out.done();
      dirtyFrom = Number.POSITIVE_INFINITY;
      patched.clear();
      return listed;
    },
    conflicts: () => series.conflicts(),
    conflictsNaming: (slots) => {
      const out = new Set<ConflictRecord>();
      for (const slot of slots)
        for (const r of records.get(slot) ?? []) for (const c of series.naming(r)) out.add(c);
      return out;
    },
    controlFigures: () =>
      [...control]
        .sort((a, b) => a.slot.rank - b.slot.rank || a.index - b.index)
        .map((r) => pictureFigure(prefix, r)),
  };
};
