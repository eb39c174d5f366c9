import { sitrepError } from '../errors/sitrep-error.js';
import type { IngestedReport } from '../model/report.js';
import { decodeText } from './decode-text.js';
import { detectFormat } from './detect-format.js';
import { makeReport } from './make-report.js';
import { parseHtml } from './parse-html.js';
import { parseJsonLines } from './parse-json-lines.js';
import { parsePlainText } from './parse-plain-text.js';

/** Inputs larger than this are refused unless the caller sets another limit. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface ParseOptions {
  readonly maxBytes?: number;
}

/**
 * The reports in one input held in memory (a file's bytes, stdin, an HTTP body): validated, decoded,
 * format detected, cleaned. Every failure is a coded error naming `name`.
 */
export const parseInput = (name: string, bytes: Uint8Array, options: ParseOptions = {}): IngestedReport[] => {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw sitrepError('SITREP_INPUT_TOO_LARGE', name, bytes.length, maxBytes);
  if (bytes.length === 0) throw sitrepError('SITREP_INPUT_EMPTY', name);
  const content = decodeText(name, bytes);
  if (content.trim().length === 0) throw sitrepError('SITREP_INPUT_EMPTY', name);
  switch (detectFormat(name, content)) {
    case 'html': {
      const { text, fields } = parseHtml(name, content);
      return [makeReport({ path: name, format: 'html', raw: content, text, offsetMap: [], fields })];
    }
    case 'jsonl':
      return parseJsonLines(name, content);
    default:
      return [parsePlainText(name, content)];
  }
};
