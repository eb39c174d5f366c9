import type { Analysis } from '../model/layers.js';
import type { Report } from '../model/report.js';

/** One report of a story with its analysis: the unit every linking step reads. */
export interface StoryDoc {
  readonly report: Report;
  readonly analysis: Analysis;
}

/** Order of reports everywhere in the picture: published date (undated last), then id. */
export const compareReports = (a: Report, b: Report): number =>
  (a.published ?? '9999-99-99').localeCompare(b.published ?? '9999-99-99') || a.id.localeCompare(b.id);

/** The text a span of this document covers. */
export const docText = (doc: StoryDoc, s: { readonly start: number; readonly end: number }): string =>
  doc.report.text.slice(s.start, s.end);
