/**
 * The situation picture: exactly the JSON shape of `sitrep report --format json`
 * (schema/picture.schema.json). Fields may be added; none may be renamed.
 */
import type { DatePrecision, IsoDate } from './date.js';
import type { EntityType } from './entity-mention.js';
import type { ChangeExtent } from './event-mention.js';
import type { GeoPrecision } from './geo.js';
import type { Stance } from './stance.js';

export interface Citation {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
}

export interface PictureDocument {
  readonly id: string;
  readonly path: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: IsoDate | null;
  readonly publishedInferred: boolean;
  readonly duplicateOf: string | null;
  readonly text: string;
}

export interface PictureEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly mentions: readonly Citation[];
  readonly geo: {
    readonly lat: number;
    readonly lon: number;
    readonly precision: GeoPrecision;
    readonly gazetteerId: string | null;
  } | null;
}

export type EventStatus = 'reported' | 'corroborated' | 'disputed';

export interface EventEvidence extends Citation {
  readonly claimantId: string | null;
  readonly stance: Stance;
  /** Added: the trigger's span [triggerStart, triggerEnd) in the same document, inside [start, end). */
  readonly triggerStart: number;
  readonly triggerEnd: number;
  /** Added: the stage (id@version) that read the telling. */
  readonly producer: string;
}

export interface PictureEvent {
  readonly id: string;
  readonly type: string;
  readonly summary: string;
  readonly date: { readonly start: IsoDate; readonly end: IsoDate; readonly precision: DatePrecision } | null;
  readonly placeId: string | null;
  readonly actorIds: readonly string[];
  readonly targetIds: readonly string[];
  readonly figureIds: readonly string[];
  readonly evidence: readonly EventEvidence[];
  readonly status: EventStatus;
  /** Added: modality of the telling (happened / denied / planned / hypothetical / feared). */
  readonly modality: string;
  /** Added: how many independent sources (wire copies counted once) report it. */
  readonly sources: number;
  /**
   * Added: how much of its place a territory change took, as its tellings at that place say most often: `whole`
   * the place itself ("captured the town of X"), `part` ground inside it ("advanced in east X"); null when no
   * telling says, or another type of event.
   */
  readonly extent: ChangeExtent | null;
}

export interface PictureFigure {
  readonly id: string;
  readonly measure: string;
  readonly what: string | null;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly unit: string;
  readonly approximate: boolean;
  readonly asOf: IsoDate | null;
  readonly window: { readonly start: IsoDate | null; readonly end: IsoDate | null } | null;
  readonly placeId: string | null;
  readonly claimantId: string | null;
  /** Others named jointly with the claimant as saying it ("the Observatory and state news agency SANA said"). */
  readonly coClaimantIds: readonly string[];
  /**
   * Where this telling names who says it ("a Russian military spokesman", "the Observatory"), whether or not an
   * entity stands for those words; null when no source is named (the report's own voice, or an unstated source).
   */
  readonly claimantSpan: Citation | null;
  readonly evidence: readonly Citation[];
  /** Added: the series (same measure, scope, place) this figure belongs to. */
  readonly seriesKey: string;
}

export interface PictureClaim {
  readonly id: string;
  readonly claimantId: string | null;
  /** Others named jointly with the claimant as saying it ("the Observatory and state news agency SANA said"). */
  readonly coClaimantIds: readonly string[];
  /**
   * Where this telling names who says it ("a Russian military spokesman", "the Observatory"), whether or not an
   * entity stands for those words; null when no source is named (the report's own voice, or an unstated source).
   */
  readonly claimantSpan: Citation | null;
  readonly cue: string;
  readonly stance: Stance;
  readonly documentId: string;
  readonly content: Citation;
}

export type ConflictKind = 'contradiction' | 'evolution' | 'denial' | 'discrepancy';

export interface PictureConflict {
  readonly id: string;
  readonly kind: ConflictKind;
  readonly about: string;
  readonly itemIds: readonly string[];
  readonly note: string;
}

export interface TimelineEntry {
  readonly date: IsoDate;
  readonly eventIds: readonly string[];
}

export interface BriefingSentence {
  readonly text: string;
  readonly citations: readonly Citation[];
}

/** Who holds a place from a date on, according to the territory changes reports tell. */
export interface ControlPeriod {
  /** The actors of the territory change (the side that took or holds the place). */
  readonly holderIds: readonly string[];
  /** When the change happened; the report's date when the report does not say (`dateBasis`). */
  readonly from: IsoDate | null;
  readonly dateBasis: 'event' | 'report' | null;
  /** The next period's `from` when another side took the place after; null while it lasts. */
  readonly until: IsoDate | null;
  /**
   * `whole` when a change of the period took the place itself (its event's `extent`), or the place is a district
   * or a point; else `part` (an advance inside a city or larger).
   */
  readonly extent: ChangeExtent;
  readonly status: EventStatus;
  readonly eventIds: readonly string[];
  /**
   * Who says so (entity ids): the claimants of the events' tellings, then those who confirm the claims the
   * tellings lie in ("the Observatory confirmed that …"); never a denier. Empty when only outlets say it.
   */
  readonly claimantIds: readonly string[];
  /** The contents of the confirming claims behind `claimantIds`, cited beside the events' tellings. */
  readonly confirmations: readonly Citation[];
}

/** Control of one place over time, with the figures that give the share of it each side holds. */
export interface PictureControl {
  readonly id: string;
  readonly placeId: string;
  readonly periods: readonly ControlPeriod[];
  /** Figures of measure share_controlled / area_controlled about this place, oldest first. */
  readonly figureIds: readonly string[];
}

export interface PictureStory {
  readonly id: string;
  readonly title: string;
  readonly documentIds: readonly string[];
  readonly entities: readonly PictureEntity[];
  readonly events: readonly PictureEvent[];
  readonly figures: readonly PictureFigure[];
  readonly claims: readonly PictureClaim[];
  readonly conflicts: readonly PictureConflict[];
  readonly timeline: readonly TimelineEntry[];
  readonly control: readonly PictureControl[];
  readonly briefing: readonly BriefingSentence[];
}

export interface Picture {
  readonly sitrep: string;
  readonly documents: readonly PictureDocument[];
  readonly stories: readonly PictureStory[];
}
