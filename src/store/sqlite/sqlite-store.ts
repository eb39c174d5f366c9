import type { Database } from 'better-sqlite3';
import { isSitrepError, sitrepError } from '../../errors/sitrep-error.js';
import type { DocumentId } from '../../model/ids.js';
import type { Analysis } from '../../model/layers.js';
import type { Picture } from '../../model/picture.js';
import type { AddResult, ReportFingerprint, Store, StoreItem } from '../store.js';
import { type AnalysisRow, analysisToRow, noReportFor, rowToAnalysis } from './analysis-row.js';
import { userVersion } from './migrate-schema.js';
import { REPORT_COLUMNS, type ReportRow, reportToRow, rowToReport } from './report-row.js';
import { serialise } from './serialise.js';

const REPORT_PARAMS = REPORT_COLUMNS.split(', ')
  .map((c) => `@${c}`)
  .join(', ');

/** A write that fails for any reason is one coded error; the transaction has rolled back by then. */
const asWriteError = (e: unknown): Error =>
  isSitrepError(e) ? e : sitrepError('SITREP_STORE_WRITE', e instanceof Error ? e.message : String(e));

/** The Store over an open, migrated better-sqlite3 connection (synchronous underneath). */
export const createSqliteStore = (db: Database, readonly: boolean): Store => {
  const q = {
    idByHash: db.prepare<[string], string>('SELECT id FROM reports WHERE content_hash = ?').pluck(),
    insertReport: db.prepare<[ReportRow]>(
      `INSERT INTO reports (${REPORT_COLUMNS}) VALUES (${REPORT_PARAMS})`,
    ),
    insertAnalysis: db.prepare<[AnalysisRow]>(
      'INSERT INTO analyses (document_id, producers, layers) VALUES (@document_id, @producers, @layers)',
    ),
    upsertAnalysis: db.prepare<[AnalysisRow]>(
      `INSERT INTO analyses (document_id, producers, layers) VALUES (@document_id, @producers, @layers)
       ON CONFLICT (document_id) DO UPDATE SET producers = excluded.producers, layers = excluded.layers`,
    ),
    deleteCounts: db.prepare<[string]>('DELETE FROM annotations WHERE document_id = ?'),
    reportExists: db.prepare<[string], number>('SELECT 1 FROM reports WHERE id = ?').pluck(),
    insertCount: db.prepare<[string, string, number]>(
      'INSERT INTO annotations (document_id, layer, count) VALUES (?, ?, ?)',
    ),
    report: db.prepare<[string], ReportRow>(`SELECT ${REPORT_COLUMNS} FROM reports WHERE id = ?`),
    reports: db.prepare<[], ReportRow>(`SELECT ${REPORT_COLUMNS} FROM reports ORDER BY seq`),
    analysis: db.prepare<[string], AnalysisRow>(
      'SELECT document_id, producers, layers FROM analyses WHERE document_id = ?',
    ),
    analyses: db.prepare<[], AnalysisRow>(
      `SELECT a.document_id, a.producers, a.layers
       FROM analyses a JOIN reports r ON r.id = a.document_id ORDER BY r.seq`,
    ),
    idsAfter: db.prepare<[number], { seq: number; id: string }>(
      'SELECT seq, id FROM reports WHERE seq > ? ORDER BY seq',
    ),
    fingerprints: db.prepare<[], { seq: number; id: string; content_hash: string; signature: string }>(
      'SELECT seq, id, content_hash, signature FROM reports ORDER BY seq',
    ),
    deletePictures: db.prepare('DELETE FROM pictures'),
    insertPicture: db.prepare<[string, string]>('INSERT INTO pictures (version, json) VALUES (?, ?)'),
    picture: db.prepare<[], string>('SELECT json FROM pictures ORDER BY id DESC LIMIT 1').pluck(),
  };

  const addOne = ({ report, analysis }: StoreItem): AddResult => {
    const stored = q.idByHash.get(report.contentHash);
    if (stored !== undefined) return { id: stored as DocumentId, status: 'exists' };
    if (analysis.documentId !== report.id) {
      throw sitrepError(
        'SITREP_STORE_WRITE',
        `analysis of ${analysis.documentId} given for report ${report.id}`,
      );
    }
    const { row, counts } = analysisToRow(analysis);
    q.insertReport.run(reportToRow(report));
    q.insertAnalysis.run(row);
    for (const [layer, count] of counts) q.insertCount.run(report.id, layer, count);
    return { id: report.id, status: 'added' };
  };
  const addAll = db.transaction((items: readonly StoreItem[]) => items.map(addOne));
  const replaceAll = db.transaction((analyses: readonly Analysis[]) => {
    for (const analysis of analyses) {
      if (q.reportExists.get(analysis.documentId) === undefined) throw noReportFor(analysis);
      const { row, counts } = analysisToRow(analysis);
      q.upsertAnalysis.run(row);
      q.deleteCounts.run(analysis.documentId);
      for (const [layer, count] of counts) q.insertCount.run(analysis.documentId, layer, count);
    }
  });
  const replacePicture = db.transaction((version: string, json: string) => {
    q.deletePictures.run();
    q.insertPicture.run(version, json);
  });

  const write = <T>(run: () => T): T => {
    if (readonly) throw sitrepError('SITREP_STORE_WRITE', 'the store was opened read-only');
    try {
      return run();
    } catch (e) {
      throw asWriteError(e);
    }
  };

  return {
    kind: 'sqlite',
    schemaVersion: async () => userVersion(db),
    addReports: async (items) => write(() => addAll.immediate(items)),
    replaceAnalyses: async (analyses) => write(() => replaceAll.immediate(analyses)),
    getReport: async (id) => {
      const row = q.report.get(id);
      return row === undefined ? null : rowToReport(row);
    },
    listReports: async () => q.reports.all().map(rowToReport),
    getAnalysis: async (id) => {
      const row = q.analysis.get(id);
      return row === undefined ? null : rowToAnalysis(row);
    },
    listAnalyses: async () => q.analyses.all().map(rowToAnalysis),
    fingerprints: async (): Promise<readonly ReportFingerprint[]> =>
      q.fingerprints.all().map((r) => ({
        seq: r.seq,
        id: r.id as DocumentId,
        contentHash: r.content_hash,
        signature: JSON.parse(r.signature),
      })),
    reportIdsAfter: async (seq) => q.idsAfter.all(seq).map((r) => ({ seq: r.seq, id: r.id as DocumentId })),
    putPicture: async (picture: Picture) =>
      write(() => replacePicture.immediate(picture.sitrep, serialise(picture, 'picture'))),
    getPicture: async () => {
      const json = q.picture.get();
      return json === undefined ? null : (JSON.parse(json) as Picture);
    },
    close: async () => {
      if (db.open) db.close();
    },
  };
};
