import type { Citation, PictureFigure } from '../../model/picture.js';
import type { DocSlot } from './doc-slot.js';

/** A figure of the story while the story grows: what its report made, plus what later copies and series add. */
export interface FigureRecord {
  readonly slot: DocSlot;
  /** Its place among the figures its report makes. */
  readonly index: number;
  /** As buildFigures made it (raw series key, the maker's own evidence). */
  base: PictureFigure;
  readonly rawKey: string;
  /** Citations of later near-duplicates that repeat it, in report order. */
  readonly extras: { readonly slot: DocSlot; readonly citation: Citation }[];
  /** Its series key in the picture (a placeless figure may join the one placed series of its kind). */
  key: string;
  /** The picture's figure, made on demand and kept while its report's figureBase, key and evidence hold. */
  cached: PictureFigure | null;
  cachedBase: number;
}

export const figureRecord = (
  slot: DocSlot,
  index: number,
  base: PictureFigure,
  rawKey: string,
): FigureRecord => ({
  slot,
  index,
  base,
  rawKey,
  extras: [],
  key: rawKey,
  cached: null,
  cachedBase: -1,
});

/** `f<n>`: figures are numbered in report order, then in the order their report makes them. */
export const figureId = (prefix: string, r: FigureRecord): string =>
  `${prefix}f${r.slot.figureBase + r.index + 1}`;

/** The picture's figure of a record. */
export const pictureFigure = (prefix: string, r: FigureRecord): PictureFigure => {
  if (r.cached !== null && r.cachedBase === r.slot.figureBase && r.cached.seriesKey === r.key)
    return r.cached;
  const evidence =
    r.extras.length === 0 ? r.base.evidence : [...r.base.evidence, ...r.extras.map((e) => e.citation)];
  r.cached = { ...r.base, id: figureId(prefix, r), seriesKey: r.key, evidence };
  r.cachedBase = r.slot.figureBase;
  return r.cached;
};
