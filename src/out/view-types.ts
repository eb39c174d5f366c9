/** The readable picture shared by the Markdown and HTML briefings. Strings are plain text, not yet escaped. */
import type { Citation, PictureDocument } from '../model/picture.js';
import type { NumberedCitation } from './citation-register.js';

/** Numbers the citations (the same span keeps its number) and returns them without repeats. */
export type Cite = (cs: readonly Citation[]) => readonly number[];
/** An entity's display name within the story, or null for null. */
export type EntityName = (id: string | null) => string | null;

export interface Cited {
  readonly text: string;
  readonly cites: readonly number[];
}

export interface SourceRow {
  readonly label: string;
  readonly documentIndex: number;
  /** The title; null when the report has none (then `opening` and `file` name it). */
  readonly title: string | null;
  /** An untitled report's opening words (its first sentence, ≤ 10 words, `…` when cut); null when titled. */
  readonly opening: string | null;
  /** The base name of the report's file (`p2.txt`). */
  readonly file: string;
  readonly outlet: string | null;
  readonly url: string | null;
  /** `2020-03-05`, `2020-03-05 (inferred)` or `—`. */
  readonly published: string;
  /** The label of the document copied (`S1`), or `—`. */
  readonly duplicateOf: string;
}

export interface FigureRow {
  readonly value: string;
  readonly claimant: string;
  readonly asOf: string;
  readonly window: string;
  readonly cites: readonly number[];
}

export interface FigureTable {
  readonly heading: string;
  readonly seriesKey: string;
  readonly rows: readonly FigureRow[];
}

export interface ConflictView {
  readonly kind: string;
  readonly about: string;
  readonly note: string;
  readonly items: readonly Cited[];
}

export interface ClaimLine {
  readonly stance: string;
  /** The words that introduce the claim (`said`, `said, told` when reports differ), or '' when none do (a colon). */
  readonly cue: string;
  readonly quote: string;
  readonly cites: readonly number[];
}

export interface ClaimantView {
  readonly name: string;
  readonly claims: readonly ClaimLine[];
}

export interface TimelineLine extends Cited {
  /** What happened in the words of a telling (≤ 12 words, `…` when cut), or null when no telling has words. */
  readonly gist: string | null;
  /** `disputed, 1 source`; the modality appears when it is not `happened`. */
  readonly status: string;
}

export interface TimelineDay {
  readonly date: string;
  readonly events: readonly TimelineLine[];
}

export interface PlaceRow {
  readonly name: string;
  readonly precision: string;
  readonly lat: string;
  readonly lon: string;
  readonly gazetteerId: string;
}

export interface ActorRow {
  readonly name: string;
  readonly type: string;
  /** Other names and references the reports use, `; `-separated (empty when none). */
  readonly also: string;
  readonly mentions: number;
  readonly cites: readonly number[];
}

export interface ControlRow {
  readonly place: string;
  /** Names of the side's actors, comma-separated. */
  readonly holders: string;
  readonly from: string;
  readonly until: string;
  /** `holds` (a district or point) or `advancing inside` (a city or larger). */
  readonly extent: string;
  readonly status: string;
  readonly claimants: string;
  readonly cites: readonly number[];
}

export interface StoryView {
  readonly id: string;
  readonly title: string;
  readonly sources: readonly SourceRow[];
  readonly briefing: readonly Cited[];
  readonly figures: readonly FigureTable[];
  readonly conflicts: readonly ConflictView[];
  readonly claimants: readonly ClaimantView[];
  readonly timeline: readonly TimelineDay[];
  /** Events with no date, which the timeline cannot place. */
  readonly undated: readonly TimelineLine[];
  readonly control: readonly ControlRow[];
  readonly actors: readonly ActorRow[];
  readonly places: readonly PlaceRow[];
}

export interface PictureView {
  readonly version: string;
  readonly documents: readonly PictureDocument[];
  readonly stories: readonly StoryView[];
  readonly citations: readonly NumberedCitation[];
}
