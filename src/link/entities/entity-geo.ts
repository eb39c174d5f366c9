import type { GeoPrecision, PlaceResolution } from '../../model/geo.js';
import type { PictureEntity } from '../../model/picture.js';

/** Finer first: a tie between gazetteer entries goes to the more precise. */
export const PRECISION_RANK: { readonly [P in GeoPrecision]: number } = {
  point: 0,
  district: 1,
  city: 2,
  region: 3,
  country: 4,
};

/** What a resolution votes for: its gazetteer entry, else its point. */
export const resolutionKey = (r: PlaceResolution): string => r.geo.gazetteerId ?? `${r.geo.lat},${r.geo.lon}`;

/**
 * One location for a merged entity from its mentions' resolutions: the gazetteer entry most mentions resolve to
 * (ties: the more precise, then the first seen); null when none resolved.
 */
export const entityGeo = (resolutions: readonly PlaceResolution[]): PictureEntity['geo'] => {
  const votes = new Map<string, { n: number; r: PlaceResolution }>();
  for (const r of resolutions) {
    const key = resolutionKey(r);
    const v = votes.get(key);
    votes.set(key, { n: (v?.n ?? 0) + 1, r: v?.r ?? r });
  }
  const best = [...votes.values()].sort(
    (a, b) => b.n - a.n || PRECISION_RANK[a.r.geo.precision] - PRECISION_RANK[b.r.geo.precision],
  )[0];
  if (!best) return null;
  const { lat, lon, precision, gazetteerId } = best.r.geo;
  return { lat, lon, precision, gazetteerId };
};
