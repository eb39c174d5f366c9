import type { DateRange } from '../../model/date.js';
import type { Telling } from './event-telling.js';

const FACTUAL = new Set(['happened', 'denied']);

const overlaps = (a: DateRange | null, b: DateRange | null): boolean =>
  a === null || b === null || (a.start <= b.end && b.start <= a.end);

/** Verbatim the same telling in a near-duplicate of the report the other telling is in. */
const copied = (a: Telling, b: Telling): boolean => {
  const [x, y] = [a.doc.report, b.doc.report];
  const same = a.doc.report.text.slice(a.mention.span.start, a.mention.span.end);
  return (
    (x.duplicateOf === y.id || y.duplicateOf === x.id) &&
    a.mention.type === b.mention.type &&
    same === b.doc.report.text.slice(b.mention.span.start, b.mention.span.end)
  );
};

/** Same type; happened/denied tell one event, other modalities only meet their own; dates overlap. */
const compatible = (a: Telling, b: Telling): boolean =>
  a.mention.type === b.mention.type &&
  (a.mention.modality === b.mention.modality ||
    (FACTUAL.has(a.mention.modality) && FACTUAL.has(b.mention.modality))) &&
  overlaps(a.range, b.range);

/** Same place entity when both name one; otherwise a shared actor. */
const samePlaceOrActor = (a: Telling, b: Telling): boolean =>
  a.placeId !== null && b.placeId !== null
    ? a.placeId === b.placeId
    : a.actorIds.some((x) => b.actorIds.includes(x));

/**
 * Groups tellings (given in report then text order) into events: a telling joins the first event every
 * telling of which it is compatible with (type, modality, overlapping or unknown dates) and, for at least one,
 * shares the place (or an actor when a place is missing); a verbatim copy in a near-duplicate always joins.
 */
export const mergeTellings = (tellings: readonly Telling[]): Telling[][] => {
  const events: Telling[][] = [];
  for (const t of tellings) {
    const home =
      events.find((e) => e.some((u) => copied(t, u))) ??
      events.find((e) => e.every((u) => compatible(t, u)) && e.some((u) => samePlaceOrActor(t, u)));
    if (home) home.push(t);
    else events.push([t]);
  }
  return events;
};
