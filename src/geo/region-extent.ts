/** The towns of one region seen so far: their positions, bounding box, mean position and summed population. */
export interface RegionExtent {
  readonly lats: number[];
  readonly lons: number[];
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
  sumLat: number;
  sumLon: number;
  n: number;
  population: number;
}

/** Adds a town at (lat, lon) with its population to the extent filed under `key`. */
export const extendRegion = (
  extents: Map<string, RegionExtent>,
  key: string,
  lat: number,
  lon: number,
  population: number,
): void => {
  const e = extents.get(key);
  if (!e) {
    extents.set(key, {
      lats: [lat],
      lons: [lon],
      minLat: lat,
      maxLat: lat,
      minLon: lon,
      maxLon: lon,
      sumLat: lat,
      sumLon: lon,
      n: 1,
      population,
    });
    return;
  }
  e.lats.push(lat);
  e.lons.push(lon);
  e.minLat = Math.min(e.minLat, lat);
  e.maxLat = Math.max(e.maxLat, lat);
  e.minLon = Math.min(e.minLon, lon);
  e.maxLon = Math.max(e.maxLon, lon);
  e.sumLat += lat;
  e.sumLon += lon;
  e.n += 1;
  e.population += population;
};

/**
 * The share of towns left out at each edge of a region's box: GeoNames files a few towns under the wrong
 * region or far offshore (a Jiangsu town at 111° E, Pernambuco's Fernando de Noronha), which would drag the
 * box's middle hundreds of kilometres; below 50 towns nothing is left out.
 */
const BOX_TRIM = 0.01;
/** The value at quantile `q` of `xs` (nearest rank). */
const quantile = (xs: readonly number[], q: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))]!;
};
const trimmedMiddle = (xs: readonly number[]): number =>
  (quantile(xs, BOX_TRIM) + quantile(xs, 1 - BOX_TRIM)) / 2;

/**
 * A region's representative point. 'box': the middle of its towns' bounding box (the outermost BOX_TRIM of its
 * towns on each side left out), close to where GeoNames puts a state or province (its geographic middle; the
 * mean of the towns drifts to where people live, e.g. the coast of Queensland). 'mean': the towns' mean
 * position, better for small regions (counties) whose few towns may lie on one side. Regions crossing the
 * antimeridian fall back to the mean.
 */
export const regionPoint = (e: RegionExtent, how: 'box' | 'mean'): readonly [number, number] => {
  if (how === 'mean' || e.maxLon - e.minLon > 180) return [e.sumLat / e.n, e.sumLon / e.n];
  return [trimmedMiddle(e.lats), trimmedMiddle(e.lons)];
};
