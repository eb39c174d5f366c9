import { analyseReport } from '../analyse/analyse-report.js';
import type { DocumentId } from '../model/ids.js';
import type { Analysis } from '../model/layers.js';
import type { Store } from '../store/store.js';
import { isCurrentAnalysis } from './current-analysis.js';
import type { Progress } from './ingest-reports.js';
import { rebuildPicture } from './rebuild-picture.js';

/** Analyses written back per transaction: an interrupted run keeps what it wrote, and a rerun goes on from there. */
export const REANALYSE_BATCH = 50;

export interface ReanalyseOptions {
  /** Analyse every report again, not only those whose stages are not today's (or that have none). */
  readonly all?: boolean;
  /** Analyses per transaction (REANALYSE_BATCH). */
  readonly batch?: number;
  readonly onProgress?: Progress;
}

export interface ReanalyseSummary {
  /** Reports analysed again and written back, in store order. */
  readonly reanalysed: readonly DocumentId[];
  /** Reports whose stored analysis was already current (left as they were). */
  readonly current: number;
}

/**
 * Brings a store written by an older sitrep up to date: every report whose stored analysis was made by other
 * stage versions (or is missing) is analysed again and its analysis replaced, then the picture is rebuilt and
 * stored. Reports themselves are never rewritten. Without stale analyses nothing is written.
 */
export const reanalyseStore = async (
  store: Store,
  options: ReanalyseOptions = {},
): Promise<ReanalyseSummary> => {
  const [reports, analyses] = await Promise.all([store.listReports(), store.listAnalyses()]);
  const stored = new Map(analyses.map((a) => [a.documentId as string, a]));
  const stale = reports.filter((r) => {
    const a = stored.get(r.id);
    return options.all === true || a === undefined || !isCurrentAnalysis(a);
  });
  const size = options.batch ?? REANALYSE_BATCH;
  for (let i = 0; i < stale.length; i += size) {
    const batch: Analysis[] = stale.slice(i, i + size).map((r) => analyseReport(r));
    await store.replaceAnalyses(batch);
    options.onProgress?.(i + batch.length, stale.length);
  }
  if (stale.length > 0) await rebuildPicture(store);
  return { reanalysed: stale.map((r) => r.id), current: reports.length - stale.length };
};
