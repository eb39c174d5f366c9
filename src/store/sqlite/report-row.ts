import type { IsoDate } from '../../model/date.js';
import { type DocumentId, documentId } from '../../model/ids.js';
import type { Report } from '../../model/report.js';
import { serialise } from './serialise.js';

/** A row of the `reports` table, as better-sqlite3 binds and returns it. */
export interface ReportRow {
  readonly id: string;
  readonly content_hash: string;
  readonly path: string;
  readonly format: Report['format'];
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly published_inferred: 0 | 1;
  readonly duplicate_of: string | null;
  readonly text: string;
  readonly raw: string;
  readonly offset_map: string;
  readonly signature: string;
}

export const REPORT_COLUMNS =
  'id, content_hash, path, format, title, outlet, url, published, published_inferred, duplicate_of, text, raw, offset_map, signature';

export const reportToRow = (r: Report): ReportRow => ({
  id: r.id,
  content_hash: r.contentHash,
  path: r.path,
  format: r.format,
  title: r.title,
  outlet: r.outlet,
  url: r.url,
  published: r.published,
  published_inferred: r.publishedInferred ? 1 : 0,
  duplicate_of: r.duplicateOf,
  text: r.text,
  raw: r.raw,
  offset_map: serialise(r.offsetMap, `offsetMap of report ${r.id}`),
  signature: serialise(r.signature, `signature of report ${r.id}`),
});

export const rowToReport = (row: ReportRow): Report => ({
  id: documentId(row.id),
  path: row.path,
  format: row.format,
  title: row.title,
  outlet: row.outlet,
  url: row.url,
  published: row.published as IsoDate | null,
  publishedInferred: row.published_inferred === 1,
  text: row.text,
  raw: row.raw,
  offsetMap: JSON.parse(row.offset_map),
  contentHash: row.content_hash,
  signature: JSON.parse(row.signature),
  duplicateOf: row.duplicate_of === null ? null : (row.duplicate_of as DocumentId),
});
