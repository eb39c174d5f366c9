import { sitrepError } from '../../errors/sitrep-error.js';
import { documentId } from '../../model/ids.js';
import type { Analysis } from '../../model/layers.js';
import { serialise } from './serialise.js';

/** A row of the `analyses` table: every layer is kept in one JSON object. */
export interface AnalysisRow {
  readonly document_id: string;
  readonly producers: string;
  readonly layers: string;
}

/** The layers as they are stored, plus the per-layer counts for the `annotations` table. */
export const analysisToRow = (a: Analysis): { row: AnalysisRow; counts: readonly [string, number][] } => {
  const { documentId: id, producers, ...layers } = a;
  return {
    row: {
      document_id: id,
      producers: serialise(producers, `producers of analysis ${id}`),
      layers: serialise(layers, `layers of analysis ${id}`),
    },
    counts: Object.entries(layers).flatMap(([layer, v]): [string, number][] =>
      Array.isArray(v) ? [[layer, v.length]] : [],
    ),
  };
};

export const rowToAnalysis = (row: AnalysisRow): Analysis => ({
  documentId: documentId(row.document_id),
  producers: JSON.parse(row.producers),
  ...JSON.parse(row.layers),
});

/** The error for an analysis whose report is not stored (both adapters). */
export const noReportFor = (analysis: Analysis): Error =>
  sitrepError('SITREP_STORE_WRITE', `no stored report ${analysis.documentId} for its analysis`);
