import { createHash } from 'node:crypto';
import { sitrepError } from '../errors/sitrep-error.js';
import type { IngestedReport, OffsetSegment } from '../model/report.js';
import { inferOutlet } from './infer-outlet.js';
import { inferPublished } from './infer-published.js';
import { inferTitle } from './infer-title.js';
import { minhash } from './minhash.js';
import { parsePublished } from './parse-published.js';
import type { HeaderFields } from './read-header.js';

export interface ReportParts {
  readonly path: string;
  readonly format: IngestedReport['format'];
  readonly raw: string;
  readonly text: string;
  readonly offsetMap: readonly OffsetSegment[];
  readonly fields: HeaderFields;
}

const published = (
  path: string,
  parts: ReportParts,
): Pick<IngestedReport, 'published' | 'publishedInferred'> => {
  const stated = parts.fields.published;
  if (stated === undefined) {
    const inferred = inferPublished(parts.text);
    return { published: inferred, publishedInferred: inferred !== null };
  }
  const date = parsePublished(stated);
  if (date === null) throw sitrepError('SITREP_INPUT_METADATA', path, `published "${stated}" is not a date`);
  return { published: date, publishedInferred: false };
};

/**
 * A report from its cleaned text and metadata: checks the text is not empty and the stated date is a date,
 * infers the date, the headline of a plain report and the outlet of a dateline when none is stated, and adds
 * the content hash and MinHash signature.
 */
export const makeReport = (parts: ReportParts): IngestedReport => {
  if (parts.text.trim().length === 0) throw sitrepError('SITREP_INPUT_NO_TEXT', parts.path);
  return {
    path: parts.path,
    format: parts.format,
    title:
      parts.fields.title ??
      (parts.format === 'html' ? null : inferTitle(parts.raw, parts.text, parts.offsetMap)),
    outlet: parts.fields.outlet ?? inferOutlet(parts.text),
    url: parts.fields.url ?? null,
    ...published(parts.path, parts),
    text: parts.text,
    raw: parts.raw,
    offsetMap: parts.offsetMap,
    contentHash: createHash('sha256').update(parts.text, 'utf8').digest('hex'),
    signature: minhash(parts.text),
  };
};
