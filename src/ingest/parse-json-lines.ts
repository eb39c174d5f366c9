import { sitrepError } from '../errors/sitrep-error.js';
import type { IngestedReport } from '../model/report.js';
import { cleanText } from './clean-text.js';
import { makeReport } from './make-report.js';
import { parseHtml } from './parse-html.js';
import type { HeaderFields } from './read-header.js';
import { CLUSTER_NEWLINE, isCluster, splitCluster } from './split-cluster.js';

interface JsonRecord {
  /** Where the record sits: `name#L<line>`, or `name#<n>` in a JSON array. */
  readonly path: string;
  /** What error messages call its line: the line number or the array position. */
  readonly line: number;
  readonly value: unknown;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const META_KEYS = ['title', 'outlet', 'url', 'published'] as const;

const parseJson = (s: string): { ok: true; value: unknown } | { ok: false; message: string } => {
  try {
    return { ok: true, value: JSON.parse(s) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
};

/** One record per non-blank line; a whole pretty-printed JSON document (object or array) is accepted too. */
const records = (name: string, content: string): JsonRecord[] => {
  const out: JsonRecord[] = [];
  for (const [i, line] of content.split(/\r\n|\r|\n/).entries()) {
    if (line.trim() === '') continue;
    const parsed = parseJson(line);
    if (parsed.ok) {
      out.push({ path: `${name}#L${i + 1}`, line: i + 1, value: parsed.value });
      continue;
    }
    const whole = parseJson(content);
    if (!whole.ok) throw sitrepError('SITREP_INPUT_JSON', name, i + 1, parsed.message);
    const items = Array.isArray(whole.value) ? whole.value : [whole.value];
    return items.map((value, k) => ({
      path: items.length > 1 ? `${name}#${k + 1}` : name,
      line: k + 1,
      value,
    }));
  }
  return out;
};

const fieldsOf = (record: JsonRecord, value: Json): HeaderFields => {
  const fields: Record<string, string> = {};
  for (const key of META_KEYS) {
    const v = value[key];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string')
      throw sitrepError('SITREP_INPUT_METADATA', record.path, `"${key}" is not a string`);
    fields[key] = v;
  }
  return fields;
};

const clusterReports = (record: JsonRecord, context: string): IngestedReport[] => {
  const reports = splitCluster(context)
    .map((p) => ({ p, cleaned: cleanText(p.raw, { extraBreak: CLUSTER_NEWLINE }) }))
    .filter(({ cleaned }) => cleaned.text.length > 0)
    .map(({ p, cleaned }) =>
      makeReport({ path: `${record.path}.p${p.n}`, format: 'cluster', raw: p.raw, ...cleaned, fields: {} }),
    );
  if (reports.length === 0) throw sitrepError('SITREP_INPUT_NO_TEXT', record.path);
  return reports;
};

/** NUL and other control characters (not tab, LF, FF, CR) that a JSON escape can smuggle into a text field. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

const recordReports = (name: string, record: JsonRecord): IngestedReport[] => {
  const value = isObject(record.value) ? record.value : {};
  const { text, html, context } = value;
  for (const [field, v] of Object.entries({ text, html, context }))
    if (typeof v === 'string' && CONTROL.test(v))
      throw sitrepError('SITREP_INPUT_BINARY', record.path, `control characters in "${field}"`);
  if (typeof text === 'string') {
    const cleaned = cleanText(text);
    return [
      makeReport({
        path: record.path,
        format: 'jsonl',
        raw: text,
        ...cleaned,
        fields: fieldsOf(record, value),
      }),
    ];
  }
  if (typeof html === 'string') {
    const article = parseHtml(record.path, html);
    const fields = { ...article.fields, ...fieldsOf(record, value) };
    return [
      makeReport({
        path: record.path,
        format: 'jsonl',
        raw: html,
        text: article.text,
        offsetMap: [],
        fields,
      }),
    ];
  }
  if (typeof context === 'string' && isCluster(context)) return clusterReports(record, context);
  throw sitrepError('SITREP_INPUT_JSONL_FIELD', name, record.line);
};

/**
 * Reports from JSON lines: one per line with `text` or `html` (+ title, outlet, url, published), or one
 * per passage of a news cluster in `context` (Multi-News / LongBench), at `name#L<line>.p<n>`.
 */
export const parseJsonLines = (name: string, content: string): IngestedReport[] =>
  records(name, content).flatMap((r) => recordReports(name, r));
