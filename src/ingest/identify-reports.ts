import { type DocumentId, documentId } from '../model/ids.js';
import type { IngestedReport, Report } from '../model/report.js';
import { estimateJaccard } from './minhash.js';

/**
 * Estimated Jaccard of word 5-shingles at or above which a report copies another. A wire copy with a new
 * headline, dateline and a few edited words scores ≈ 0.9; another report on the same story ≈ 0.0 (see
 * identify-reports.test.ts); the estimate's standard error at 0.9 is ≈ 0.04.
 */
export const NEAR_DUPLICATE_JACCARD = 0.8;

export interface Fingerprint {
  readonly id: DocumentId;
  readonly contentHash: string;
  readonly signature: readonly number[];
}

export interface Identified {
  readonly reports: Report[];
  /** Exact copies of a stored or earlier incoming report: ingest is idempotent. */
  readonly skipped: { path: string; id: DocumentId }[];
}

/** `d` + the first 12 hex digits of the content hash. */
export const reportId = (contentHash: string): DocumentId => documentId(`d${contentHash.slice(0, 12)}`);

/**
 * Gives each incoming report its id, skips exact copies, and links near-duplicates to the earliest report
 * (stored ones first, then earlier incoming ones) they copy.
 */
export const identifyReports = (
  incoming: readonly IngestedReport[],
  existing: readonly Fingerprint[],
): Identified => {
  const known = new Set(existing.map((e) => e.contentHash));
  const seen: Fingerprint[] = [...existing];
  const reports: Report[] = [];
  const skipped: { path: string; id: DocumentId }[] = [];
  for (const report of incoming) {
    const id = reportId(report.contentHash);
    if (known.has(report.contentHash)) {
      skipped.push({ path: report.path, id });
      continue;
    }
    const original = seen.find(
      (s) => estimateJaccard(s.signature, report.signature) >= NEAR_DUPLICATE_JACCARD,
    );
    reports.push({ ...report, id, duplicateOf: original?.id ?? null });
    known.add(report.contentHash);
    seen.push({ id, contentHash: report.contentHash, signature: report.signature });
  }
  return { reports, skipped };
};

/**
 * Links reports identified earlier to copies of them that other writers stored meanwhile (`newer`: stored
 * after the fingerprints `identifyReports` read; two workers analysing a wire story and its copy at the same
 * time would otherwise both store an original). A report that copies none keeps its `duplicateOf`.
 */
export const linkLateCopies = (reports: readonly Report[], newer: readonly Fingerprint[]): Report[] =>
  reports.map((r) => {
    if (r.duplicateOf !== null || newer.length === 0) return r;
    const original = newer.find(
      (s) => s.id !== r.id && estimateJaccard(s.signature, r.signature) >= NEAR_DUPLICATE_JACCARD,
    );
    return original === undefined ? r : { ...r, duplicateOf: original.id };
  });
