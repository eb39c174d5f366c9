import type { PictureConflict } from '../../model/picture.js';
import { type FigureVoice, seriesConflicts } from '../conflicts/series-conflicts.js';
import type { DocSlot } from './doc-slot.js';
import { type FigureRecord, pictureFigure } from './figure-record.js';

/** A conflict of the story kept with the records it names, so that it follows when their ids move. */
export interface ConflictRecord {
  readonly conflict: Omit<PictureConflict, 'id'>;
  readonly items: readonly FigureRecord[];
  /** The picture's conflict last made of it (see conflict-list.ts). */
  made: {
    conflict: PictureConflict;
    position: number;
    readonly bases: readonly number[];
    /** The report of its figures that comes last. */
    readonly last: DocSlot;
  } | null;
}

interface Series {
  /** Dated figures per asOf day, each day's in figure order. */
  readonly days: Map<string, FigureRecord[]>;
  /** The days, oldest first. */
  readonly order: string[];
  /** Per day: its contradictions (within the day, and running totals against the previous day). */
  readonly sections: Map<string, readonly ConflictRecord[]>;
  /** Per day: the evolution from the previous day, if the values changed. */
  readonly evolutions: Map<string, ConflictRecord>;
  /** Its conflicts in order, while no day changed. */
  listed: ConflictRecord[] | null;
}

/** The series conflicts of a growing story, kept per series and day (see seriesState). */
export interface SeriesState {
  add(r: FigureRecord): void;
  remove(r: FigureRecord): void;
  /** The record's voice (who says it) changed: its conflicts are told again. */
  touch(r: FigureRecord): void;
  /** Recomputes the conflicts of the days that changed. */
  flush(voice: FigureVoice): void;
  /** The series conflicts in seriesConflicts' order: series by key, each its days' contradictions, then evolutions. */
  conflicts(): ConflictRecord[];
}

const compareDays = (a: string, b: string): number => a.localeCompare(b);
const figureOrder = (a: FigureRecord, b: FigureRecord): number =>
  a.slot.rank - b.slot.rank || a.index - b.index;

/** Index of the first element of sorted `xs` not before `x`. */
const lowerBound = <T>(xs: readonly T[], x: T, compare: (a: T, b: T) => number): number => {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(xs[mid]!, x) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * seriesConflicts (conflicts/series-conflicts.ts) compares a day's figures with each other and with the previous
 * day's only, so a series' conflicts are the concatenation of per-day parts. A change to a day's figures
 * recomputes that day and the next one, by running seriesConflicts over the two days concerned.
 */
export const seriesState = (prefix: string): SeriesState => {
  const series = new Map<string, Series>();
  const changed = new Map<string, Set<string>>();
  let keys: string[] | null = [];
  let listed: ConflictRecord[] | null = [];

  const mark = (key: string, day: string): void => {
    const set = changed.get(key) ?? new Set();
    set.add(day);
    changed.set(key, set);
  };

  const add = (r: FigureRecord): void => {
    const day = r.base.asOf!;
    let s = series.get(r.key);
    if (s === undefined) {
      s = { days: new Map(), order: [], sections: new Map(), evolutions: new Map(), listed: null };
      series.set(r.key, s);
      keys = null;
    }
    let list = s.days.get(day);
    if (list === undefined) {
      list = [];
      s.days.set(day, list);
      s.order.splice(lowerBound(s.order, day, compareDays), 0, day);
    }
    list.splice(lowerBound(list, r, figureOrder), 0, r);
    mark(r.key, day);
  };

  const remove = (r: FigureRecord): void => {
    const day = r.base.asOf!;
    const s = series.get(r.key)!;
    const list = s.days.get(day)!;
    list.splice(list.indexOf(r), 1);
    if (list.length === 0) {
      s.days.delete(day);
      s.order.splice(s.order.indexOf(day), 1);
    }
    mark(r.key, day);
  };

  const recompute = (s: Series, key: string, day: string, voice: FigureVoice): void => {
    const at = s.order.indexOf(day);
    const prev = at > 0 ? s.order[at - 1]! : null;
    const records = [...(prev === null ? [] : s.days.get(prev)!), ...s.days.get(day)!];
    const figures = records.map((r) => pictureFigure(prefix, r));
    const recordOf = new Map(figures.map((f, i) => [f.id, records[i]!]));
    const today = new Set(figures.slice(records.length - s.days.get(day)!.length).map((f) => f.id));
    // A conflict told again the same way keeps its record (and the picture's conflict made of it).
    const kept = new Map<string, ConflictRecord[]>();
    const signature = (c: Omit<PictureConflict, 'id'>): string => `${c.kind}\u0000${c.note}`;
    for (const r of [
      ...(s.sections.get(day) ?? []),
      ...(s.evolutions.has(day) ? [s.evolutions.get(day)!] : []),
    ])
      kept.set(signature(r.conflict), [...(kept.get(signature(r.conflict)) ?? []), r]);
    const toRecord = (c: Omit<PictureConflict, 'id'>): ConflictRecord => {
      const items = c.itemIds.map((id) => recordOf.get(id)!);
      const same = kept
        .get(signature(c))
        ?.find(
          (r) =>
            r.conflict.about === c.about &&
            r.items.length === items.length &&
            r.items.every((x, i) => x === items[i]),
        );
      return same ?? { conflict: c, items, made: null };
    };
    const out = seriesConflicts(figures, voice);
    s.sections.set(
      day,
      out.filter((c) => c.kind === 'contradiction' && today.has(c.itemIds[1]!)).map(toRecord),
    );
    const evolution = out.find((c) => c.kind === 'evolution' && c.about === key);
    if (evolution) s.evolutions.set(day, toRecord(evolution));
    else s.evolutions.delete(day);
  };

  const flush = (voice: FigureVoice): void => {
    if (changed.size > 0) listed = null;
    for (const [key, days] of changed) {
      const s = series.get(key)!;
      const redo = new Set<string>();
      for (const day of days) {
        if (s.days.has(day)) redo.add(day);
        else {
          s.sections.delete(day);
          s.evolutions.delete(day);
        }
        const next = s.order[lowerBound(s.order, day, compareDays) + (s.days.has(day) ? 1 : 0)];
        if (next !== undefined) redo.add(next);
      }
      for (const day of redo) recompute(s, key, day, voice);
      s.listed = null;
      if (s.order.length === 0) {
        series.delete(key);
        keys = null;
      }
    }
    changed.clear();
  };

  return {
    add,
    remove,
    touch: (r) => mark(r.key, r.base.asOf!),
    flush,
    conflicts: () => {
      if (listed !== null) return listed;
      keys ??= [...series.keys()].sort();
      const out: ConflictRecord[] = [];
      for (const key of keys) {
        const s = series.get(key)!;
        if (s.listed === null) {
          s.listed = [];
          for (const day of s.order) for (const c of s.sections.get(day)!) s.listed.push(c);
          for (let k = 1; k < s.order.length; k += 1) {
            const e = s.evolutions.get(s.order[k]!);
            if (e) s.listed.push(e);
          }
        }
        for (const c of s.listed) out.push(c);
      }
      listed = out;
      return out;
    },
  };
};
