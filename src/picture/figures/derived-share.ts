import type { FigureMention } from '../../model/figure-mention.js';
import type { PictureFigure } from '../../model/picture.js';

const round4 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10_000) / 10_000);

/**
 * "20 square kilometres of the total 45": an area controlled that is part of an area total also states a share
 * of control, 20/45 ≈ 0.4444 (rounded to 4 places), so it lines up with later "around 60 percent" figures in
 * the share_controlled series. The derived figure keeps the part's dates, claimant and citation; its place is
 * the part's, else the total's. Null when the pair does not qualify.
 */
export const derivedShare = (
  part: FigureMention,
  total: FigureMention | undefined,
  partFigure: PictureFigure,
  totalPlaceId: string | null,
): Omit<PictureFigure, 'id' | 'seriesKey'> | null => {
  if (!total || part.measure !== 'area_controlled' || total.measure !== 'area_total') return null;
  if (part.unit !== total.unit || total.value === null || total.value <= 0) return null;
  const share = (x: number | null) => round4(x === null ? null : x / total.value!);
  if (part.value === null && part.low === null && part.high === null) return null;
  return {
    ...partFigure,
    measure: 'share_controlled',
    what: null,
    value: share(part.value),
    low: share(part.low),
    high: share(part.high),
    unit: 'share',
    approximate: part.approximate || total.approximate,
    placeId: partFigure.placeId ?? totalPlaceId,
  };
};
