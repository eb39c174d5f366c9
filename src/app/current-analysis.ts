import { analyseReport } from '../analyse/analyse-report.js';
import { ANALYSIS_STAGES } from '../analyse/analysis-stages.js';
import type { Analysis } from '../model/layers.js';
import type { Report } from '../model/report.js';

const CURRENT = ANALYSIS_STAGES.map((s) => s.id).join('|');

/** Whether the stages that made an analysis are this sitrep's, each at its current version, in order. */
export const isCurrentAnalysis = (analysis: Analysis): boolean =>
  (analysis.producers ?? []).join('|') === CURRENT;

/**
 * A stored report's analysis as this sitrep would make it: the stored one when its stages are current, else the
 * report analysed afresh (a store written by an older sitrep; the stored analysis is left as it is, and
 * `sitrep reanalyse` (reanalyse-store.ts) writes the new ones back). Missing: analysed too.
 */
export const currentAnalysis = (report: Report, stored: Analysis | undefined): Analysis =>
  stored !== undefined && isCurrentAnalysis(stored) ? stored : analyseReport(report);
