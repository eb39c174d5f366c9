import type { DateRange } from '../../model/date.js';
import type { MentionId } from '../../model/ids.js';
import type { EventEvidence, PictureEvent } from '../../model/picture.js';
import type { LinkedClaim } from '../claims/build-claims.js';
import type { EntityIndex } from '../entities/merge-entities.js';
import type { StoryDoc } from '../story-doc.js';
import { eventStatus, independentSources } from './event-status.js';
import { eventSummary } from './event-summary.js';
import { deniedClaimsOf, eventTelling, type Telling } from './event-telling.js';
import { mergeTellings } from './merge-tellings.js';

const PRECISION = ['day', 'week', 'month', 'year'];

/** The most precise date told (ties: the earliest). */
const narrowest = (ranges: readonly DateRange[]): DateRange | null =>
  [...ranges].sort(
    (a, b) =>
      PRECISION.indexOf(a.precision) - PRECISION.indexOf(b.precision) || a.start.localeCompare(b.start),
  )[0] ?? null;

const union = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())];

/** The most told non-null value (ties: the first told). */
const mostTold = <T extends string>(values: readonly (T | null)[]): T | null => {
  const n = new Map<T, number>();
  for (const v of values) if (v !== null) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
};

/** Each piece of evidence once: two words of one clause (two tellings) cite one span under one voice. */
const distinctEvidence = (evidence: readonly EventEvidence[]): EventEvidence[] => {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.documentId}|${e.start}|${e.end}|${e.claimantId}|${e.stance}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** The event a group of merged tellings tells; `nameOf` names its entities in the summary. */
export const toEvent = (
  id: string,
  tellings: readonly Telling[],
  nameOf: (id: string) => string,
): PictureEvent => {
  const first = tellings[0]!;
  const range = narrowest(tellings.flatMap((t) => (t.range ? [t.range] : [])));
  const date = range ? { start: range.start, end: range.end, precision: range.precision } : null;
  const placeId = mostTold(tellings.map((t) => t.placeId));
  const actorIds = union(tellings.map((t) => t.actorIds));
  const modalities = tellings.map((t) => t.mention.modality);
  const modality = modalities.includes('happened')
    ? 'happened'
    : modalities.includes('denied')
      ? 'denied'
      : first.mention.modality;
  return {
    id,
    type: first.mention.type,
    summary: eventSummary(first.mention.type, actorIds.map(nameOf), placeId ? nameOf(placeId) : null, date),
    date,
    placeId,
    actorIds,
    targetIds: union(tellings.map((t) => t.targetIds)),
    figureIds: union(tellings.map((t) => t.figureIds)),
    evidence: distinctEvidence(tellings.map((t) => t.evidence)),
    status: eventStatus(tellings),
    modality,
    sources: independentSources(tellings),
    // how much of its place the event took, as the tellings at that place say
    extent: mostTold(
      tellings.map((t) => (placeId !== null && t.placeId === placeId ? t.mention.extent : null)),
    ),
  };
};

/** The story's events: tellings merged across reports, in order of first telling; ids `${prefix}ev<n>`. */
export const buildEvents = (
  docs: readonly StoryDoc[],
  entities: EntityIndex,
  figureOf: (m: MentionId) => string | null,
  claims: readonly LinkedClaim[],
  prefix: string,
): PictureEvent[] => {
  const names = new Map(entities.entities.map((e) => [e.id, e.name]));
  const deniedIn = deniedClaimsOf(claims);
  const tellings = docs.flatMap((doc) =>
    [...doc.analysis.events]
      .sort((a, b) => a.span.start - b.span.start || a.trigger.start - b.trigger.start)
      .map((m) => eventTelling(doc, m, entities, figureOf, deniedIn(doc))),
  );
  return mergeTellings(tellings).map((group, i) =>
    toEvent(`${prefix}ev${i + 1}`, group, (id) => names.get(id) ?? id),
  );
};
