import { type FigureVoice, seriesConflicts } from '../conflicts/series-conflicts.js';
import { undatedDiscrepancy } from '../conflicts/undated-disagreement.js';
import { type FigureRecord, pictureFigure } from './figure-record.js';
import { type ConflictRecord, reusedConflict } from './reused-conflict.js';
import { lowerBound } from './sorted-array.js';

export type { ConflictRecord } from './reused-conflict.js';

/**
 * The series conflicts in seriesConflicts' order, one list per series (by key): a series' list is the same
 * array while the series' conflicts did not change, and the whole is the same array while none did.
 */
export type SeriesConflicts = readonly (readonly ConflictRecord[])[];

interface Series {
  /** Dated figures per asOf day, each day's in figure order. */
  readonly days: Map<string, FigureRecord[]>;
  /** The days, oldest first. */
  readonly order: string[];
  /** Per day: its contradictions (within the day, and running totals against the previous day). */
  readonly sections: Map<string, readonly ConflictRecord[]>;
  /** Per day: the evolution from the previous day, if the values changed. */
  readonly evolutions: Map<string, ConflictRecord>;
  /** Figures without a date (undated reports), in figure order. */
  readonly undated: FigureRecord[];
  /** The undated figures' discrepancy with the latest day and each other, if any. */
  discrepancy: ConflictRecord | null;
  /** Its conflicts in order, while no day changed. */
  listed: ConflictRecord[] | null;
}

/** The series conflicts of a growing story, kept per series and day (see seriesState). */
export interface SeriesState {
  add(r: FigureRecord): void;
  remove(r: FigureRecord): void;
  /** The record's voice (who says it) changed: the conflicts that name it are told again. */
  touch(r: FigureRecord): void;
  /** The record's claimant changed: its day's conflicts are worked out again. */
  refresh(r: FigureRecord): void;
  /** Recomputes the conflicts of the days that changed. */
  flush(voice: FigureVoice): void;
  /**
   * The series conflicts in seriesConflicts' order: series by key, each its days' contradictions, then
   * evolutions; only the series that changed are listed again.
   */
  conflicts(): SeriesConflicts;
  /** The conflicts that name this figure. */
  naming(r: FigureRecord): Iterable<ConflictRecord>;
}

const compareDays = (a: string, b: string): number => a.localeCompare(b);
/** The changed-days mark of the undated figures (no date sorts like it). */
const UNDATED = 'undated';
const dayOf = (r: FigureRecord): string => r.base.asOf ?? UNDATED;
/** Series keys in seriesConflicts' order (sort(): UTF-16 code units). */
const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const figureOrder = (a: FigureRecord, b: FigureRecord): number =>
  a.slot.rank - b.slot.rank || a.index - b.index;

/**
 * seriesConflicts (conflicts/series-conflicts.ts) compares a day's figures with each other and with the previous
 * day's only, and undated figures with the latest day's, so a series' conflicts are the concatenation of per-day
 * parts and one undated part. A change to a day's figures recomputes that day and the next one, by running
 * seriesConflicts over the two days concerned; a change to the undated figures or to the latest day recomputes
 * the undated part over those.
 */
export const seriesState = (prefix: string): SeriesState => {
  const series = new Map<string, Series>();
  const changed = new Map<string, Set<string>>();
  /** The series keys in order, and each one's conflicts as last listed. */
  const keys: string[] = [];
  const lists: (readonly ConflictRecord[])[] = [];
  /** The series whose conflicts changed since the last list; that list, and whether a series came or went since. */
  const relist = new Set<string>();
  let listed: SeriesConflicts = [];
  let stale = false;
  const namedBy = new Map<FigureRecord, Set<ConflictRecord>>();
  const link = (c: ConflictRecord, on: boolean): void => {
    for (const f of c.items) {
      const set = namedBy.get(f);
      if (on) namedBy.set(f, (set ?? new Set()).add(c));
      else if (set !== undefined) {
        set.delete(c);
        if (set.size === 0) namedBy.delete(f);
      }
    }
  };
  /** The day's conflict records. */
  const recordsOf = (s: Series, day: string): ConflictRecord[] => [
    ...(s.sections.get(day) ?? []),
    ...(s.evolutions.has(day) ? [s.evolutions.get(day)!] : []),
  ];

  const mark = (key: string, day: string): void => {
    const set = changed.get(key) ?? new Set();
    set.add(day);
    changed.set(key, set);
  };

  const add = (r: FigureRecord): void => {
    let s = series.get(r.key);
    if (s === undefined) {
      s = {
        days: new Map(),
        order: [],
        sections: new Map(),
        evolutions: new Map(),
        undated: [],
        discrepancy: null,
        listed: null,
      };
      series.set(r.key, s);
      const at = lowerBound(keys, r.key, compareKeys);
      keys.splice(at, 0, r.key);
      lists.splice(at, 0, []);
      stale = true;
    }
    const day = dayOf(r);
    let list = day === UNDATED ? s.undated : s.days.get(day);
    if (list === undefined) {
      list = [];
      s.days.set(day, list);
      s.order.splice(lowerBound(s.order, day, compareDays), 0, day);
    }
    list.splice(lowerBound(list, r, figureOrder), 0, r);
    mark(r.key, day);
  };

  const remove = (r: FigureRecord): void => {
    const day = dayOf(r);
    const s = series.get(r.key)!;
    const list = day === UNDATED ? s.undated : s.days.get(day)!;
    list.splice(list.indexOf(r), 1);
    if (list.length === 0 && day !== UNDATED) {
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
    const before = recordsOf(s, day);
    const toRecord = reusedConflict(before, recordOf);
    const out = seriesConflicts(figures, voice);
    s.sections.set(
      day,
      out.filter((c) => c.kind === 'contradiction' && today.has(c.itemIds[1]!)).map(toRecord),
    );
    const evolution = out.find((c) => c.kind === 'evolution' && c.about === key);
    if (evolution) s.evolutions.set(day, toRecord(evolution));
    else s.evolutions.delete(day);
    const after = new Set(recordsOf(s, day));
    for (const r of before) if (!after.delete(r)) link(r, false);
    for (const r of after) link(r, true);
  };

  /** The undated figures against the latest day's (none when there are no undated figures). */
  const recomputeUndated = (s: Series, key: string, voice: FigureVoice): void => {
    const before = s.discrepancy;
    const last = s.order.at(-1);
    const latest = last === undefined || s.undated.length === 0 ? [] : s.days.get(last)!;
    const records = [...latest, ...s.undated];
    const figures = records.map((r) => pictureFigure(prefix, r));
    const made = undatedDiscrepancy(
      key,
      figures.slice(0, latest.length),
      figures.slice(latest.length),
      voice,
    );
    const recordOf = new Map(figures.map((f, i) => [f.id, records[i]!]));
    s.discrepancy = made ? reusedConflict(before ? [before] : [], recordOf)(made) : null;
    if (before === s.discrepancy) return;
    if (before) link(before, false);
    if (s.discrepancy) link(s.discrepancy, true);
  };

  const flush = (voice: FigureVoice): void => {
    for (const [key, days] of changed) {
      const s = series.get(key)!;
      const redo = new Set<string>();
      relist.add(key);
      // the undated part reads the latest day: a change on it (or after it: the latest day went) redoes it
      const latest = s.order.at(-1) ?? '';
      let undated = false;
      for (const day of days) {
        if (day === UNDATED || day >= latest) undated = true;
        if (day === UNDATED) continue;
        if (s.days.has(day)) redo.add(day);
        else {
          for (const r of recordsOf(s, day)) link(r, false);
          s.sections.delete(day);
          s.evolutions.delete(day);
        }
        const next = s.order[lowerBound(s.order, day, compareDays) + (s.days.has(day) ? 1 : 0)];
        if (next !== undefined) redo.add(next);
      }
      for (const day of redo) recompute(s, key, day, voice);
      if (undated) recomputeUndated(s, key, voice);
      s.listed = null;
      if (s.order.length === 0 && s.undated.length === 0) {
        series.delete(key);
        const at = lowerBound(keys, key, compareKeys);
        keys.splice(at, 1);
        lists.splice(at, 1);
        relist.delete(key);
        stale = true;
      }
    }
    changed.clear();
  };

  return {
    add,
    remove,
    // a voice is read only into the notes of the conflicts that name its figure
    touch: (r) => {
      if (namedBy.has(r)) mark(r.key, dayOf(r));
    },
    refresh: (r) => mark(r.key, dayOf(r)),
    flush,
    conflicts: () => {
      if (relist.size === 0 && !stale) return listed;
      for (const key of relist) {
        const s = series.get(key)!;
        if (s.listed === null) {
          s.listed = [];
          for (const day of s.order) for (const c of s.sections.get(day)!) s.listed.push(c);
          for (let d = 1; d < s.order.length; d += 1) {
            const e = s.evolutions.get(s.order[d]!);
            if (e) s.listed.push(e);
          }
          if (s.discrepancy) s.listed.push(s.discrepancy);
        }
        lists[lowerBound(keys, key, compareKeys)] = s.listed;
      }
      relist.clear();
      stale = false;
      listed = lists.slice();
      return listed;
    },
    naming: (r) => namedBy.get(r) ?? [],
  };
};
