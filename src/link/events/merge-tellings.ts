import { addDays, type DateRange } from '../../model/date.js';
import type { Telling } from './event-telling.js';

const FACTUAL = new Set(['happened', 'denied']);

/** An event that ended this long before a report's date is history to that report. */
const HISTORY_DAYS = 365;

/**
 * Whether a dated event is history to a telling with no date of its own: it ended over a year before that
 * telling's report ("2009's operation against Hamas" in a 2012 report), or, the report being undated, it is
 * dated only by a year. An undated telling ("Hamas ramped up rocket fire") tells the report's present, so it
 * does not join such an event; the report's own tellings and recent ones it still may.
 */
const historyTo = (undated: Telling, dated: DateRange): boolean => {
  const published = undated.doc.report.published ?? null;
  return published === null ? dated.precision === 'year' : dated.end < addDays(published, -HISTORY_DAYS);
};

const datesFit = (a: Telling, b: Telling): boolean => {
  if (a.range === null && b.range === null) return true;
  if (a.range === null) return !historyTo(a, b.range!);
  if (b.range === null) return !historyTo(b, a.range);
  return a.range.start <= b.range.end && b.range.start <= a.range.end;
};

/** Verbatim the same telling in a near-duplicate of the report the other telling is in. */
export const copied = (a: Telling, b: Telling): boolean => {
  const [x, y] = [a.doc.report, b.doc.report];
  const same = a.doc.report.text.slice(a.mention.span.start, a.mention.span.end);
  return (
    (x.duplicateOf === y.id || y.duplicateOf === x.id) &&
    a.mention.type === b.mention.type &&
    same === b.doc.report.text.slice(b.mention.span.start, b.mention.span.end)
  );
};

/**
 * Two tellings in one report that each state figures, none of them the same: two tolls told side by side
 * ("310 civilians killed in the assault … 69 killed by rebel fire") are two events, not one told twice. Across
 * reports differing figures are updates of one event.
 */
const otherTolls = (a: Telling, b: Telling): boolean =>
  a.doc.report.id === b.doc.report.id &&
  a.figureIds.length > 0 &&
  b.figureIds.length > 0 &&
  !a.figureIds.some((f) => b.figureIds.includes(f));

/**
 * Same type; happened/denied tell one event, other modalities only meet their own; dates overlap (an undated
 * telling fits any date that is not history to its report); not two tolls of one report.
 */
export const compatible = (a: Telling, b: Telling): boolean =>
  a.mention.type === b.mention.type &&
  (a.mention.modality === b.mention.modality ||
    (FACTUAL.has(a.mention.modality) && FACTUAL.has(b.mention.modality))) &&
  datesFit(a, b) &&
  !otherTolls(a, b);

/** Same place entity when both name one; otherwise a shared actor. */
export const samePlaceOrActor = (a: Telling, b: Telling): boolean =>
  a.placeId !== null && b.placeId !== null
    ? a.placeId === b.placeId
    : a.actorIds.some((x) => b.actorIds.includes(x));

const add = (index: Map<string, number[]>, key: string, event: number): void => {
  const list = index.get(key) ?? [];
  if (list.at(-1) !== event) list.push(event);
  index.set(key, list);
};

/**
 * Groups tellings (given in report then text order) into events: a telling joins the first event every
 * telling of which it is compatible with (type, modality, overlapping or unknown dates) and, for at least one,
 * shares the place (or an actor when a place is missing); a verbatim copy in a near-duplicate always joins.
 * Candidate events are found through indexes (by report; by type with place or actor), so the work follows what a telling
 * shares rather than the size of the story.
 */
export const mergeTellings = (tellings: readonly Telling[]): Telling[][] => {
  const events: Telling[][] = [];
  const byDoc = new Map<string, number[]>();
  const byLink = new Map<string, number[]>();
  const copiesOf = new Map<string, string[]>();
  for (const t of tellings) {
    const original = t.doc.report.duplicateOf;
    if (original !== null) copiesOf.set(original, [...(copiesOf.get(original) ?? []), t.doc.report.id]);
  }
  const candidates = (index: Map<string, number[]>, keys: readonly string[]): number[] =>
    [...new Set(keys.flatMap((k) => index.get(k) ?? []))].sort((x, y) => x - y);
  for (const t of tellings) {
    const related = [t.doc.report.duplicateOf ?? '', ...(copiesOf.get(t.doc.report.id) ?? [])];
    // same type is required (compatible), so links are kept per type
    const type = t.mention.type;
    const links = [
      ...(t.placeId === null ? [] : [`${type}|p:${t.placeId}`]),
      ...t.actorIds.map((a) => `${type}|a:${a}`),
    ];
    const home =
      candidates(byDoc, related).find((e) => events[e]!.some((u) => copied(t, u))) ??
      candidates(byLink, links).find(
        (e) => events[e]!.every((u) => compatible(t, u)) && events[e]!.some((u) => samePlaceOrActor(t, u)),
      );
    const at = home ?? events.length;
    if (home === undefined) events.push([t]);
    else events[home]!.push(t);
    add(byDoc, t.doc.report.id, at);
    for (const k of links) add(byLink, k, at);
  }
  return events;
};
