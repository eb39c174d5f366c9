import { analyseReport } from '../analyse/analyse-report.js';
import type { Fingerprint } from '../ingest/identify-reports.js';
import { identifyReports, linkLateCopies } from '../ingest/identify-reports.js';
import type { DocumentId } from '../model/ids.js';
import type { Picture } from '../model/picture.js';
import type { IngestedReport } from '../model/report.js';
import type { ReportFingerprint, Store, StoreItem } from '../store/store.js';
import { rebuildPicture } from './rebuild-picture.js';

/**
 * How far back (insertion positions) the second look at the store reaches: PostgreSQL shows a row when its
 * transaction commits, so a concurrent writer's report can land below positions already read.
 */
const LATE_WINDOW = 1000;

/** Fingerprints of the reports stored since `stored` was read (other writers, while this one analysed). */
const storedSince = async (store: Store, stored: readonly ReportFingerprint[]): Promise<Fingerprint[]> => {
  const known = new Set<string>(stored.map((f) => f.id));
  const mark = stored.reduce((m, f) => Math.max(m, f.seq), 0);
  const ids = (await store.reportIdsAfter(Math.max(0, mark - LATE_WINDOW))).filter((r) => !known.has(r.id));
  const reports = await Promise.all(ids.map((r) => store.getReport(r.id)));
  return reports.flatMap((r) =>
    r === null ? [] : [{ id: r.id, contentHash: r.contentHash, signature: r.signature }],
  );
};

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
  const stored = await store.fingerprints();
  const identified = identifyReports(incoming, stored);
  const { skipped } = identified;
  const analysed = identified.reports.map((report, i) => {
    onProgress?.(i, identified.reports.length);
    return { report, analysis: analyseReport(report) };
  });
  onProgress?.(identified.reports.length, identified.reports.length);
  const reports = linkLateCopies(
    identified.reports,
    analysed.length === 0 ? [] : await storedSince(store, stored),
  );
  const items = analysed.map((item, i) => ({ ...item, report: reports[i]! }));
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
