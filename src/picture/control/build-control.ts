import { vouches } from '../../link/events/event-status.js';
import { citationKey } from '../../model/citation-key.js';
import type { IsoDate } from '../../model/date.js';
import type {
  Citation,
  ControlPeriod,
  EventStatus,
  PictureControl,
  PictureEntity,
  PictureEvent,
  PictureFigure,
} from '../../model/picture.js';

/** Figures that say how much of a place a side holds. */
const CONTROL_MEASURES = new Set(['share_controlled', 'area_controlled']);
/** A territory change at a place this precise means the place changed hands, whatever the telling says. */
const WHOLE = new Set(['district', 'point']);
const STATUS_RANK: Readonly<Record<EventStatus, number>> = { reported: 0, corroborated: 1, disputed: 2 };

export interface ControlInput {
  readonly prefix: string;
  readonly events: readonly PictureEvent[];
  readonly entities: readonly PictureEntity[];
  readonly figures: readonly PictureFigure[];
  /** The publication date of a document, the date of a change a report does not date. */
  readonly publishedOf: (documentId: string) => IsoDate | null;
  /** Who confirms the claim a telling of an event lies in (confirmed-spans.ts): they say so too. */
  readonly confirmersOf: (evidence: Citation) => readonly string[];
  /** The contents of those confirming claims, cited beside the tellings. */
  readonly confirmationsOf: (evidence: Citation) => readonly Citation[];
}

interface Draft {
  holderIds: string[];
  /** A change of the draft took the place itself. */
  whole: boolean;
  from: IsoDate | null;
  dateBasis: ControlPeriod['dateBasis'];
  status: EventStatus;
  eventIds: string[];
  claimantIds: string[];
  confirmations: Citation[];
}

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
/** The citations of `a`, then those of `b` not cited yet. */
const unionCitations = (a: readonly Citation[], b: readonly Citation[]): Citation[] => {
  const out = [...a];
  const seen = new Set(a.map(citationKey));
  for (const c of b) {
    const key = citationKey(c);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
};
const overlaps = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.includes(x));

const draftOf = (e: PictureEvent, { publishedOf, confirmersOf, confirmationsOf }: ControlInput): Draft => {
  const said = e.evidence.filter((v) => vouches(v.stance));
  const reported = e.evidence
    .map((v) => publishedOf(v.documentId))
    .filter((d): d is IsoDate => d !== null)
    .sort()[0];
  return {
    holderIds: [...e.actorIds],
    whole: e.extent === 'whole',
    from: e.date?.start ?? reported ?? null,
    dateBasis: e.date !== null ? 'event' : reported !== undefined ? 'report' : null,
    status: e.status,
    eventIds: [e.id],
    claimantIds: [
      ...new Set([
        ...said.flatMap((v) => (v.claimantId ? [v.claimantId] : [])),
        ...said.flatMap((v) => confirmersOf(v)),
      ]),
    ],
    confirmations: unionCitations(
      [],
      said.flatMap((v) => confirmationsOf(v)),
    ),
  };
};

/** The events control reads: territory changes that happened at a known place, by known actors. */
export const isControlChange = (e: PictureEvent): boolean =>
  e.type === 'territory_change' && e.modality === 'happened' && e.placeId !== null && e.actorIds.length > 0;

/** The figures control lists: shares and areas held, about a known place. */
export const isControlFigure = (f: PictureFigure): boolean =>
  CONTROL_MEASURES.has(f.measure) && f.placeId !== null;

/** Dated periods first, oldest first; a change no one dates and no report dates goes last. */
const byFrom = (a: Draft, b: Draft): number =>
  a.from === b.from ? 0 : a.from === null ? 1 : b.from === null ? -1 : a.from.localeCompare(b.from);

/** Consecutive changes by sides that share an actor are one period of one side's control. */
const periodsOf = (drafts: readonly Draft[], extent: ControlPeriod['extent']): ControlPeriod[] => {
  const merged: Draft[] = [];
  for (const d of [...drafts].sort(byFrom)) {
    const last = merged.at(-1);
    if (last !== undefined && overlaps(last.holderIds, d.holderIds)) {
      last.holderIds = union(last.holderIds, d.holderIds);
      last.eventIds = union(last.eventIds, d.eventIds);
      last.whole ||= d.whole;
      last.claimantIds = union(last.claimantIds, d.claimantIds);
      last.confirmations = unionCitations(last.confirmations, d.confirmations);
      if (STATUS_RANK[d.status] > STATUS_RANK[last.status]) last.status = d.status;
    } else merged.push({ ...d });
  }
  return merged.map(({ whole, ...d }, i) => ({
    ...d,
    until: merged[i + 1]?.from ?? null,
    extent: whole ? 'whole' : extent,
  }));
};

/**
 * Control of places over time: every territory change that happened at a known place, by known actors, opens
 * a period of their control from its date (or, undated, from the first report's date), until a change by
 * another side. A period holds its place `whole` when one of its changes took the place itself (the event's
 * extent: "captured the town of X") or the place is a district or a point; else it is an advance inside a city or
 * larger (`part`: "advanced in east X", or a change that does not say). Its claimants are those of the tellings that say it happened and those who confirm the
 * claims the tellings lie in (never a denier). Control figures about the place (share or area held) are listed
 * beside, oldest first. Places in order of their first change, then places only figures speak of.
 */
export const buildControl = (input: ControlInput): PictureControl[] => {
  const precisionOf = new Map(input.entities.map((e) => [e.id, e.geo?.precision ?? null]));
  const changes = new Map<string, Draft[]>();
  for (const e of input.events) {
    if (!isControlChange(e) || e.placeId === null) continue;
    const list = changes.get(e.placeId) ?? [];
    list.push(draftOf(e, input));
    changes.set(e.placeId, list);
  }
  const figuresAt = new Map<string, PictureFigure[]>();
  for (const f of input.figures) {
    if (!isControlFigure(f) || f.placeId === null) continue;
    figuresAt.set(f.placeId, [...(figuresAt.get(f.placeId) ?? []), f]);
  }
  const places = [...new Set([...changes.keys(), ...figuresAt.keys()])];
  return places.map((placeId, i) => {
    const precision = precisionOf.get(placeId) ?? null;
    const extent = precision !== null && WHOLE.has(precision) ? 'whole' : 'part';
    const figures = [...(figuresAt.get(placeId) ?? [])].sort((a, b) =>
      (a.asOf ?? '9999').localeCompare(b.asOf ?? '9999'),
    );
    return {
      id: `${input.prefix}ctl${i + 1}`,
      placeId,
      periods: periodsOf(changes.get(placeId) ?? [], extent),
      figureIds: figures.map((f) => f.id),
    };
  });
};
