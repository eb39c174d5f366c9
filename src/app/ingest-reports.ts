import { analyseReport } from '../analyse/analyse-report.js';
import { identifyReports } from '../ingest/identify-reports.js';
import type { DocumentId } from '../model/ids.js';
import type { Picture } from '../model/picture.js';
import type { IngestedReport } from '../model/report.js';
import type { Store } from '../store/store.js';
import { rebuildPicture } from './rebuild-picture.js';

export interface IngestedResult {
  readonly id: DocumentId;
  readonly path: string;
  readonly status: 'added' | 'exists';
  readonly duplicateOf: DocumentId | null;
}

export interface IngestOutcome {
  readonly reports: readonly IngestedResult[];
  /** The rebuilt picture when something was added, else null (nothing changed). */
  readonly picture: Picture | null;
}

export type Progress = (done: number, total: number) => void;

/**
 * For reports already read and validated (from files or a request body): identify them against the store,
 * analyse the new ones, add them in one transaction, rebuild the stored picture.
 */
export const ingestReports = async (
  store: Store,
  incoming: readonly IngestedReport[],
  onProgress?: Progress,
): Promise<IngestOutcome> => {
  const { reports, skipped } = identifyReports(incoming, await store.fingerprints());
  const items = reports.map((report, i) => {
    onProgress?.(i, reports.length);
    return { report, analysis: analyseReport(report) };
  });
  onProgress?.(reports.length, reports.length);
  const results = items.length > 0 ? await store.addReports(items) : [];
  const added = results.some((r) => r.status === 'added');
  const picture = added ? await rebuildPicture(store) : null;
  return {
    reports: [
      ...skipped.map((s) => ({ id: s.id, path: s.path, status: 'exists' as const, duplicateOf: null })),
      ...results.map((r, i) => ({
        id: r.id,
        path: reports[i]!.path,
        status: r.status,
        duplicateOf: r.status === 'added' ? reports[i]!.duplicateOf : null,
      })),
    ],
    picture,
  };
};
