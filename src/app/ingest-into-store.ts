import { type ReadOptions, readInputs } from '../ingest/read-inputs.js';
import type { DocumentId } from '../model/ids.js';
import type { Store } from '../store/store.js';
import { ingestReports, type Progress } from './ingest-reports.js';

export type { Progress } from './ingest-reports.js';

export interface IngestSummary {
  readonly added: readonly DocumentId[];
  /** Inputs whose exact text is already stored (or repeated in the batch). */
  readonly existing: readonly DocumentId[];
  /** Added reports that copy an earlier report (near-duplicates, wire copies). */
  readonly duplicates: readonly DocumentId[];
}

/**
 * Reads and validates every input first, then ingests them (see ingestReports).
 * A bad input fails before the store is touched.
 */
export const ingestIntoStore = async (
  store: Store,
  paths: readonly string[],
  options: ReadOptions & { readonly onProgress?: Progress } = {},
): Promise<IngestSummary> => {
  const { reports } = await ingestReports(store, await readInputs(paths, options), options.onProgress);
  return {
    added: reports.filter((r) => r.status === 'added').map((r) => r.id),
    existing: reports.filter((r) => r.status === 'exists').map((r) => r.id),
    duplicates: reports.filter((r) => r.duplicateOf !== null).map((r) => r.id),
  };
};
