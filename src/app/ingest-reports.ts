import { analyseReport } from '../analyse/analyse-report.js';
import { identifyReports } from '../ingest/identify-reports.js';
import type { DocumentId } from '../model/ids.js';
import type { Picture } from '../model/picture.js';
import type { IngestedReport } from '../model/report.js';
import type { Store, StoreItem } from '../store/store.js';
import { rebuildPicture } from './rebuild-picture.js';

export interface IngestedResult {
  readonly id: DocumentId;
  readonly path: string;
  readonly status: 'added' | 'exists';
  readonly duplicateOf: DocumentId | null;
}

export interface IngestOutcome {
  readonly reports: readonly IngestedResult[];
  /** The rebuilt picture when something was added and the update is 'rebuild', else null. */
  readonly picture: Picture | null;
}

export type Progress = (done: number, total: number) => void;

/**
 * What a write that added reports does to the picture: 'rebuild' recomputes the whole picture and stores it
 * (a command that runs once); a function receives the added reports and their analyses (a live picture,
 * see store-picture.ts, which updates only the stories they join).
 */
export type PictureUpdate = 'rebuild' | ((added: readonly StoreItem[]) => void);

/**
 * For reports already read and validated (from files or a request body): identify them against the store,
 * analyse the new ones, add them in one transaction, then update the picture (`update`).
 */
export const ingestReports = async (
  store: Store,
  incoming: readonly IngestedReport[],
  onProgress?: Progress,
  update: PictureUpdate = 'rebuild',
): Promise<IngestOutcome> => {
  const { reports, skipped } = identifyReports(incoming, await store.fingerprints());
  const items = reports.map((report, i) => {
    onProgress?.(i, reports.length);
    return { report, analysis: analyseReport(report) };
  });
  onProgress?.(reports.length, reports.length);
  const results = items.length > 0 ? await store.addReports(items) : [];
  const added = items.filter((_, i) => results[i]?.status === 'added');
  let picture: Picture | null = null;
  if (added.length > 0) {
    if (update === 'rebuild') picture = await rebuildPicture(store);
    else update(added);
  }
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
