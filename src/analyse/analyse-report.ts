import type { Analysis } from '../model/layers.js';
import type { Report } from '../model/report.js';
import { runStages } from '../pipeline/run-stages.js';
import { ANALYSIS_STAGES } from './analysis-stages.js';

/** Analyses one report: every stage in order, anchored on its publication date. Pure. */
export const analyseReport = (report: Report, signal?: AbortSignal): Analysis =>
  runStages(ANALYSIS_STAGES, {
    documentId: report.id,
    text: report.text,
    referenceDate: report.published,
    referenceWindow: null,
    ...(signal ? { signal } : {}),
  });
