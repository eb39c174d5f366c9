import type { IsoDate } from './date.js';
import type { DocumentId } from './ids.js';

/** One segment of the offset map: text[textStart, textStart+length) came from raw[rawStart, rawStart+length). */
export interface OffsetSegment {
  readonly textStart: number;
  readonly rawStart: number;
  readonly length: number;
}

/** Metadata a reader found (or was given) for a report. */
export interface ReportMeta {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: IsoDate | null;
  readonly publishedInferred: boolean;
}

/** A report as ingest hands it on: cleaned text, metadata, and the map back to the raw input. */
export interface IngestedReport extends ReportMeta {
  /** Where it came from: a path, `path#line`, `path#passage`, or `stdin`. */
  readonly path: string;
  readonly format: 'text' | 'html' | 'jsonl' | 'cluster';
  /** The stored text: every span of every annotation indexes into it. */
  readonly text: string;
  /** The raw input this report was read from (HTML source, or the plain text before cleaning). */
  readonly raw: string;
  /** Segments of `text` that are verbatim copies of `raw`; empty when the map cannot be kept (HTML). */
  readonly offsetMap: readonly OffsetSegment[];
  /** sha256 hex of `text`: the idempotency key. */
  readonly contentHash: string;
  /** MinHash signature over word shingles of `text`, for near-duplicate detection. */
  readonly signature: readonly number[];
}

/** A report with its identity and its duplicate link. */
export interface Report extends IngestedReport {
  readonly id: DocumentId;
  /** The earlier report this one copies (exactly or nearly), or null. */
  readonly duplicateOf: DocumentId | null;
}
