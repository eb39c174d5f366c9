import { analyseReport } from '../analyse/analyse-report.js';
import { identifyReports } from '../ingest/identify-reports.js';
import { type ReadOptions, readInputs } from '../ingest/read-inputs.js';
import type { DocumentId } from '../model/ids.js';
import type { Store } from '../store/store.js';
import { rebuildPicture } from './rebuild-picture.js';

export interface IngestSummary {
  readonly added: readonly DocumentId[];
  /** Inputs whose exact text is already stored (or repeated in the batch). */
  readonly existing: readonly DocumentId[];
  /** Added reports that copy an earlier report (near-duplicates, wire copies). */
  readonly duplicates: readonly DocumentId[];
}

export type Progress = (done: number, total: number) => void;

/**
 * Reads and validates every input first, analyses the new ones, then adds them in one transaction and
 * rebuilds the stored picture. A bad input fails before the store is touched.
 */
export const ingestIntoStore = async (
  store: Store,
  paths: readonly string[],
  options: ReadOptions & { readonly onProgress?: Progress } = {},
): Promise<IngestSummary> => {
  const incoming = await readInputs(paths, options);
  const { reports, skipped } = identifyReports(incoming, await store.fingerprints());
  const items = reports.map((report, i) => {
    options.onProgress?.(i, reports.length);
    return { report, analysis: analyseReport(report) };
  });
  options.onProgress?.(reports.length, reports.length);
  const results = items.length > 0 ? await store.addReports(items) : [];
  if (results.some((r) => r.status === 'added')) await rebuildPicture(store);
  return {
    added: results.filter((r) => r.status === 'added').map((r) => r.id),
    existing: [...skipped.map((s) => s.id), ...results.filter((r) => r.status === 'exists').map((r) => r.id)],
    duplicates: reports.filter((r) => r.duplicateOf !== null).map((r) => r.id),
  };
};
