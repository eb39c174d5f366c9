import type { Picture, PictureFigure } from '../model/picture.js';
import { sourceLabel } from './citation-register.js';

/**
 * Where a figure was read and when, as a reader tells reports apart: the source keys of the reports its evidence
 * lies in, then its as-of date or `undated` ("S2, undated", "S1/S3, 2016-12-01"); the date alone when no
 * evidence names a known report.
 */
export const figureSource = (p: Picture, f: PictureFigure): string => {
  const keys = figureKeys(p, f);
  const when = f.asOf ?? 'undated';
  return keys === '' ? when : `${keys}, ${when}`;
};

/** The source keys of the reports a figure's evidence lies in (`S1/S3`), or '' when it names no known report. */
export const figureKeys = (p: Picture, f: PictureFigure): string =>
  [
    ...new Set(
      f.evidence.flatMap((c) => {
        const i = p.documents.findIndex((d) => d.id === c.documentId);
        return i < 0 ? [] : [sourceLabel(i)];
      }),
    ),
  ].join('/');

/**
 * A discrepancy told with each figure's source key, so that two undated reports do not read alike: "Killed:
 * 310 (S1, 2020-03-02) / 250 (S2, undated) / 200 (S4, undated); which is newer cannot be told".
 */
export const discrepancyNote = (
  p: Picture,
  measure: string,
  figures: readonly PictureFigure[],
  value: (f: PictureFigure) => string,
): string =>
  `${measure}: ${figures.map((f) => `${value(f)} (${figureSource(p, f)})`).join(' / ')}; which is newer cannot be told`;
