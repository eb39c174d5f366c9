import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isSitrepError } from '../errors/sitrep-error.js';
import { readInputs } from '../ingest/read-inputs.js';
import type { IngestedReport } from '../model/report.js';
import { decodeReportMessage, encodeReportMessage } from './report-message.js';

const EXAMPLE_DIR = new URL('../../examples/aleppo-2016/', import.meta.url).pathname;

const report = (over: Partial<IngestedReport> = {}): IngestedReport => {
  const text = over.text ?? 'Nearly 20,000 civilians fled eastern Aleppo, the Observatory said. «حلب» 🌍';
  return {
    path: 'r.txt',
    format: 'text',
    title: 'Aleppo',
    outlet: null,
    url: null,
    published: '2016-11-27' as IngestedReport['published'],
    publishedInferred: false,
    text,
    raw: `Title: Aleppo\n\n${text}`,
    offsetMap: [{ textStart: 0, rawStart: 15, length: text.length }],
    contentHash: createHash('sha256').update(text).digest('hex'),
    signature: [0, 4294967295, 17],
    ...over,
  };
};

const body = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));
const withReport = (fields: Record<string, unknown>): Uint8Array =>
  body({ v: 1, report: { ...report(), ...fields } });

const decodeError = (b: Uint8Array): string => {
  try {
    decodeReportMessage('k1', b);
  } catch (e) {
    if (isSitrepError(e, 'SITREP_QUEUE_MESSAGE')) return e.message;
    throw e;
  }
  return 'decoded';
};

describe('report messages', () => {
  it('round-trips the example reports exactly, keyed by content hash', async () => {
    const reports = await readInputs([EXAMPLE_DIR]);
    expect(reports).toHaveLength(2);
    for (const r of reports) {
      const m = encodeReportMessage(r);
      expect(m.key).toBe(r.contentHash);
      expect(decodeReportMessage(m.key, m.body)).toStrictEqual(r);
    }
  });

  it('keeps only the known fields', () => {
    const decoded = decodeReportMessage('k', withReport({ id: 'dforged', duplicateOf: 'dx', extra: 1 }));
    expect(decoded).toStrictEqual(report());
  });

  it.each([
    ['not JSON', new TextEncoder().encode('{"v": 1,'), /^bad queue message k1: not UTF-8 JSON \(.+\)$/],
    ['not UTF-8', Uint8Array.from([0x7b, 0xff, 0x7d]), /^bad queue message k1: not UTF-8 JSON \(.+\)$/],
    ['another version', body({ v: 2, report: report() }), /expected \{"v": 1, "report": \{…\}\}$/],
    ['no report', body({ v: 1 }), /expected \{"v": 1, "report": \{…\}\}$/],
    ['a list', body([1]), /expected \{"v": 1/],
    ['a missing path', withReport({ path: undefined }), /: report\.path must be a string$/],
    [
      'an unknown format',
      withReport({ format: 'pdf' }),
      /report\.format must be one of text, html, jsonl, cluster$/,
    ],
    [
      'a bad date',
      withReport({ published: '2016-02-30' }),
      /report\.published must be a YYYY-MM-DD date or null$/,
    ],
    ['a numeric title', withReport({ title: 3 }), /report\.title must be a string or null$/],
    ['blank text', withReport({ text: ' \n' }), /report\.text must be a non-empty string$/],
    [
      'a bad offset map',
      withReport({ offsetMap: [{ textStart: -1, rawStart: 0, length: 1 }] }),
      /report\.offsetMap/,
    ],
    ['a fractional signature', withReport({ signature: [0.5] }), /report\.signature must be a list/],
    [
      'a hash of other text',
      withReport({ text: 'Other text.' }),
      /report\.contentHash is not the SHA-256 of report\.text$/,
    ],
    ['a short hash', withReport({ contentHash: 'abc' }), /report\.contentHash must be a SHA-256 hex digest$/],
  ])('refuses %s', (_, b, message) => {
    expect(decodeError(b)).toMatch(message);
  });
});
