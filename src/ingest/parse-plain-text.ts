import type { IngestedReport } from '../model/report.js';
import { cleanText } from './clean-text.js';
import { makeReport } from './make-report.js';
import { readHeader } from './read-header.js';

/** A plain-text report: the optional `Key: value` header gives metadata; the rest is cleaned. */
export const parsePlainText = (path: string, raw: string): IngestedReport => {
  const { fields, bodyStart } = readHeader(raw);
  const { text, offsetMap } = cleanText(raw, { from: bodyStart });
  return makeReport({ path, format: 'text', raw, text, offsetMap, fields });
};
