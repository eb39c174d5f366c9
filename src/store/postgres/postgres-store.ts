import type { Pool, PoolClient } from 'pg';
import { sitrepError } from '../../errors/sitrep-error.js';
import type { DocumentId } from '../../model/ids.js';
import type { Analysis } from '../../model/layers.js';
import type { Picture } from '../../model/picture.js';
import { type AnalysisRow, analysisToRow, noReportFor, rowToAnalysis } from '../sqlite/analysis-row.js';
import { REPORT_COLUMNS, type ReportRow, reportToRow, rowToReport } from '../sqlite/report-row.js';
import { serialise } from '../sqlite/serialise.js';
import type { AddResult, Store, StoreItem } from '../store.js';
import { isRetryable, readFailure, writeFailure } from './postgres-errors.js';

/** Report columns as the shared row mapping (report-row.ts) reads them: JSON as text, the flag as 0/1. */
const REPORT_SELECT = REPORT_COLUMNS.replace(
  'published_inferred',
  'published_inferred::int AS published_inferred',
)
  .replace('offset_map', 'offset_map::text AS offset_map')
  .replace('signature', 'signature::text AS signature');
const COLUMN_NAMES = REPORT_COLUMNS.split(', ') as (keyof ReportRow)[];
const INSERT_REPORT = `INSERT INTO reports (${REPORT_COLUMNS}) VALUES (${COLUMN_NAMES.map((_, i) => `$${i + 1}`).join(', ')})
  ON CONFLICT DO NOTHING RETURNING id`;
/** Columns PostgreSQL keeps as `text`, which cannot hold U+0000 (JSON columns keep it escaped). */
const TEXT_COLUMNS = ['path', 'title', 'outlet', 'url', 'text', 'raw'] as const;
const INSERT_COUNTS =
  'INSERT INTO annotations (document_id, layer, count) SELECT $1, l, c FROM unnest($2::text[], $3::int[]) AS t (l, c)';
const ANALYSIS_SELECT = 'a.document_id, a.producers::text AS producers, a.layers::text AS layers';

/** Transaction-scoped advisory locks on the hashes, taken in key order (volatile targets run after ORDER BY). */
const LOCK_HASHES = `SELECT pg_advisory_xact_lock(k)
  FROM (SELECT DISTINCT hashtextextended(h, 0) AS k FROM unnest($1::text[]) AS h) AS keys ORDER BY k`;

/** Deadlocks and serialization failures roll back whole; the transaction is then run again, this often. */
const MAX_ATTEMPTS = 5;

/** A random pause before running a rolled-back transaction again, growing with the attempts. */
const backOff = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** attempt));

export interface PostgresStoreOptions {
  readonly readonly: boolean;
  /** The URL to name in messages (no password). */
  readonly display: string;
}

/**
 * The Store over a pool whose connections have the store's schema as their search_path (see
 * openPostgresStore). Each write is one transaction; concurrent writers of the same report settle on one
 * row through the unique id and content_hash (`ON CONFLICT DO NOTHING` waits for the other transaction,
 * then the winner's id is read back).
 */
export const createPostgresStore = (pool: Pool, options: PostgresStoreOptions): Store => {
  const { display } = options;

  const transaction = async <T>(run: (client: PoolClient) => Promise<T>): Promise<T> => {
    if (options.readonly) throw sitrepError('SITREP_STORE_WRITE', 'the store was opened read-only');
    for (let attempt = 1; ; attempt++) {
      let client: PoolClient | undefined;
      let broken = false;
      try {
        client = await pool.connect();
        await client.query('BEGIN');
        const result = await run(client);
        await client.query('COMMIT');
        return result;
      } catch (e) {
        if (client !== undefined) await client.query('ROLLBACK').catch(() => (broken = true));
        if (!isRetryable(e) || attempt >= MAX_ATTEMPTS) throw writeFailure(display, e);
      } finally {
        client?.release(broken);
      }
      await backOff(attempt);
    }
  };

  const read = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      throw readFailure(display, e);
    }
  };

  const storedId = async (client: PoolClient, contentHash: string): Promise<DocumentId | undefined> => {
    const { rows } = await client.query<{ id: string }>('SELECT id FROM reports WHERE content_hash = $1', [
      contentHash,
    ]);
    return rows[0]?.id as DocumentId | undefined;
  };

  const addOne = async (client: PoolClient, { report, analysis }: StoreItem): Promise<AddResult> => {
    const stored = await storedId(client, report.contentHash);
    if (stored !== undefined) return { id: stored, status: 'exists' };
    if (analysis.documentId !== report.id) {
      throw sitrepError(
        'SITREP_STORE_WRITE',
        `analysis of ${analysis.documentId} given for report ${report.id}`,
      );
    }
    const { row, counts } = analysisToRow(analysis);
    const reportRow = reportToRow(report);
    const nul = TEXT_COLUMNS.find((c) => reportRow[c]?.includes('\u0000'));
    if (nul !== undefined) {
      throw sitrepError(
        'SITREP_STORE_WRITE',
        `${nul} of report ${report.id} holds U+0000, which PostgreSQL text cannot`,
      );
    }
    const values = COLUMN_NAMES.map((c) => (c === 'published_inferred' ? reportRow[c] === 1 : reportRow[c]));
    const inserted = await client.query(INSERT_REPORT, values);
    if (inserted.rowCount === 0) {
      // A unique id or hash is taken. By the same text, stored by a transaction that committed meanwhile:
      // that one is the stored report. Otherwise the id was stored with other text.
      const winner = await storedId(client, report.contentHash);
      if (winner !== undefined) return { id: winner, status: 'exists' };
      throw sitrepError('SITREP_STORE_WRITE', `report ${report.id} is already stored with other text`);
    }
    await client.query('INSERT INTO analyses (document_id, producers, layers) VALUES ($1, $2, $3)', [
      row.document_id,
      row.producers,
      row.layers,
    ]);
    await client.query(INSERT_COUNTS, [
      report.id,
      counts.map(([layer]) => layer),
      counts.map(([, count]) => count),
    ]);
    return { id: report.id, status: 'added' };
  };

  const replaceOne = async (client: PoolClient, analysis: Analysis): Promise<void> => {
    const { rowCount } = await client.query('SELECT 1 FROM reports WHERE id = $1', [analysis.documentId]);
    if (rowCount === 0) throw noReportFor(analysis);
    const { row, counts } = analysisToRow(analysis);
    await client.query(
      `INSERT INTO analyses (document_id, producers, layers) VALUES ($1, $2, $3)
       ON CONFLICT (document_id) DO UPDATE SET producers = excluded.producers, layers = excluded.layers`,
      [row.document_id, row.producers, row.layers],
    );
    await client.query('DELETE FROM annotations WHERE document_id = $1', [row.document_id]);
    await client.query(INSERT_COUNTS, [
      row.document_id,
      counts.map(([layer]) => layer),
      counts.map(([, count]) => count),
    ]);
  };

  let closed: Promise<void> | null = null;
  return {
    kind: 'postgres',
    schemaVersion: () =>
      read(
        async () =>
          (await pool.query<{ version: number }>('SELECT version FROM schema_version')).rows[0]!.version,
      ),
    addReports: (items) =>
      transaction(async (client) => {
        // Writers of overlapping batches lock their reports' hashes in one global order first, so that they
        // queue up behind each other instead of deadlocking on the unique indexes.
        await client.query(LOCK_HASHES, [items.map((i) => i.report.contentHash)]);
        const results: AddResult[] = [];
        for (const item of items) results.push(await addOne(client, item));
        return results;
      }),
    replaceAnalyses: (analyses) =>
      transaction(async (client) => {
        for (const analysis of analyses) await replaceOne(client, analysis);
      }),
    getReport: (id) =>
      read(async () => {
        const { rows } = await pool.query<ReportRow>(`SELECT ${REPORT_SELECT} FROM reports WHERE id = $1`, [
          id,
        ]);
        return rows[0] === undefined ? null : rowToReport(rows[0]);
      }),
    listReports: () =>
      read(async () =>
        (await pool.query<ReportRow>(`SELECT ${REPORT_SELECT} FROM reports ORDER BY seq`)).rows.map(
          rowToReport,
        ),
      ),
    getAnalysis: (id) =>
      read(async () => {
        const { rows } = await pool.query<AnalysisRow>(
          `SELECT ${ANALYSIS_SELECT} FROM analyses a WHERE a.document_id = $1`,
          [id],
        );
        return rows[0] === undefined ? null : rowToAnalysis(rows[0]);
      }),
    listAnalyses: () =>
      read(async () => {
        const { rows } = await pool.query<AnalysisRow>(
          `SELECT ${ANALYSIS_SELECT} FROM analyses a JOIN reports r ON r.id = a.document_id ORDER BY r.seq`,
        );
        return rows.map(rowToAnalysis);
      }),
    reportIdsAfter: (seq) =>
      read(async () => {
        const { rows } = await pool.query<{ seq: string; id: string }>(
          'SELECT seq, id FROM reports WHERE seq > $1 ORDER BY seq',
          [seq],
        );
        return rows.map((r) => ({ seq: Number(r.seq), id: r.id as DocumentId }));
      }),
    fingerprints: () =>
      read(async () => {
        const { rows } = await pool.query<{
          seq: string;
          id: string;
          content_hash: string;
          signature: string;
        }>('SELECT seq, id, content_hash, signature::text AS signature FROM reports ORDER BY seq');
        return rows.map((r) => ({
          seq: Number(r.seq),
          id: r.id as DocumentId,
          contentHash: r.content_hash,
          signature: JSON.parse(r.signature),
        }));
      }),
    putPicture: async (picture: Picture) => {
      const json = serialise(picture, 'picture');
      await transaction((client) =>
        client.query(
          `INSERT INTO pictures (id, version, json) VALUES (1, $1, $2)
           ON CONFLICT (id) DO UPDATE SET version = excluded.version, json = excluded.json, created_at = now()`,
          [picture.sitrep, json],
        ),
      );
    },
    getPicture: () =>
      read(async () => {
        const { rows } = await pool.query<{ json: string }>(
          'SELECT json::text AS json FROM pictures WHERE id = 1',
        );
        return rows[0] === undefined ? null : (JSON.parse(rows[0].json) as Picture);
      }),
    close: () => {
      closed ??= pool.end();
      return closed;
    },
  };
};
