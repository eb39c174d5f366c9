import { createHash } from 'node:crypto';
import { sitrepError } from '../errors/sitrep-error.js';
import { type IsoDate, isIsoDate } from '../model/date.js';
import type { IngestedReport, OffsetSegment } from '../model/report.js';
import type { OutgoingMessage } from './queue.js';

/** The version of the message layout: `{"v": 1, "report": IngestedReport}` as UTF-8 JSON. */
export const REPORT_MESSAGE_VERSION = 1;

const FORMATS: readonly IngestedReport['format'][] = ['text', 'html', 'jsonl', 'cluster'];

/** A report read and validated by ingest, as a queue message keyed by its content hash (idempotent). */
export const encodeReportMessage = (report: IngestedReport): OutgoingMessage => ({
  key: report.contentHash,
  body: new TextEncoder().encode(JSON.stringify({ v: REPORT_MESSAGE_VERSION, report })),
});

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const stringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** Each field of a report, its check, and what it must be. */
const FIELD_CHECKS: readonly [string, (v: unknown) => boolean, string][] = [
  ['path', (v) => typeof v === 'string', 'a string'],
  ['format', (v) => FORMATS.includes(v as IngestedReport['format']), `one of ${FORMATS.join(', ')}`],
  ['title', stringOrNull, 'a string or null'],
  ['outlet', stringOrNull, 'a string or null'],
  ['url', stringOrNull, 'a string or null'],
  ['published', (v) => v === null || (typeof v === 'string' && isIsoDate(v)), 'a YYYY-MM-DD date or null'],
  ['publishedInferred', (v) => typeof v === 'boolean', 'true or false'],
  ['text', (v) => typeof v === 'string' && v.trim() !== '', 'a non-empty string'],
  ['raw', (v) => typeof v === 'string', 'a string'],
  [
    'offsetMap',
    (v) =>
      Array.isArray(v) &&
      v.every((s) => isObject(s) && isCount(s.textStart) && isCount(s.rawStart) && isCount(s.length)),
    'a list of {textStart, rawStart, length}',
  ],
  ['contentHash', (v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v), 'a SHA-256 hex digest'],
  ['signature', (v) => Array.isArray(v) && v.every(isCount), 'a list of non-negative integers'],
];

const parse = (body: Uint8Array): unknown => {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
};

/**
 * The report a message carries, checked field by field (a message comes from another process, maybe
 * another version): the content hash must be the SHA-256 of the text. Only the known fields are kept.
 * A bad message is SITREP_QUEUE_MESSAGE naming the key and what is wrong.
 */
export const decodeReportMessage = (key: string, body: Uint8Array): IngestedReport => {
  const bad = (why: string) => sitrepError('SITREP_QUEUE_MESSAGE', key, why);
  const value = parse(body);
  if (value instanceof Error) throw bad(`not UTF-8 JSON (${value.message})`);
  if (!isObject(value) || value.v !== REPORT_MESSAGE_VERSION || !isObject(value.report)) {
    throw bad(`expected {"v": ${REPORT_MESSAGE_VERSION}, "report": {…}}`);
  }
  const r = value.report;
  for (const [field, ok, expected] of FIELD_CHECKS) {
    if (!ok(r[field])) throw bad(`report.${field} must be ${expected}`);
  }
  const text = r.text as string;
  if (createHash('sha256').update(text).digest('hex') !== r.contentHash) {
    throw bad('report.contentHash is not the SHA-256 of report.text');
  }
  return {
    path: r.path as string,
    format: r.format as IngestedReport['format'],
    title: r.title as string | null,
    outlet: r.outlet as string | null,
    url: r.url as string | null,
    published: r.published as IsoDate | null,
    publishedInferred: r.publishedInferred as boolean,
    text,
    raw: r.raw as string,
    offsetMap: (r.offsetMap as OffsetSegment[]).map(({ textStart, rawStart, length }) => ({
      textStart,
      rawStart,
      length,
    })),
    contentHash: r.contentHash as string,
    signature: [...(r.signature as number[])],
  };
};
