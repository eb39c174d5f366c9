import type { DocumentId } from '../model/ids.js';
import type { Analysis } from '../model/layers.js';
import type { Picture } from '../model/picture.js';
import type { Report } from '../model/report.js';

/** What near-duplicate detection needs of every stored report, without loading texts. */
export interface ReportFingerprint {
  /** Its insertion position (as reportIdsAfter gives it). */
  readonly seq: number;
  readonly id: DocumentId;
  readonly contentHash: string;
  readonly signature: readonly number[];
}

/** `exists`: a report with the same contentHash was already stored; `id` is the stored one. */
export interface AddResult {
  readonly id: DocumentId;
  readonly status: 'added' | 'exists';
}

/** A stored report's id and its insertion position. */
export interface StoredId {
  readonly seq: number;
  readonly id: DocumentId;
}

export interface StoreItem {
  readonly report: Report;
  readonly analysis: Analysis;
}

/** The one storage interface. Async so that a networked adapter (PostgreSQL) can implement it too. */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  schemaVersion(): Promise<number>;
  /** One transaction for the whole batch: all added or none. Idempotent by contentHash. */
  addReports(items: readonly StoreItem[]): Promise<readonly AddResult[]>;
  getReport(id: DocumentId): Promise<Report | null>;
  /** In insertion order. */
  listReports(): Promise<readonly Report[]>;
  getAnalysis(id: DocumentId): Promise<Analysis | null>;
  /** In the order of listReports. */
  listAnalyses(): Promise<readonly Analysis[]>;
  fingerprints(): Promise<readonly ReportFingerprint[]>;
  /**
   * Ids of the reports stored after position `seq` (an insertion counter, gaps allowed), with their
   * positions, in insertion order: how a reader notices what other processes stored.
   */
  reportIdsAfter(seq: number): Promise<readonly StoredId[]>;
  /**
   * Replaces the analyses of stored reports (made again by newer stages), in one transaction: all replaced or
   * none. An analysis of a report that is not stored is a SITREP_STORE_WRITE error.
   */
  replaceAnalyses(analyses: readonly Analysis[]): Promise<void>;
  /** Replaces the stored picture, in one transaction. */
  putPicture(picture: Picture): Promise<void>;
  getPicture(): Promise<Picture | null>;
  close(): Promise<void>;
}
