/** The towns of one region seen so far: their bounding box, mean position and summed population. */
export interface RegionExtent {
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
 * A region's representative point. 'box': the middle of its towns' bounding box, close to where GeoNames puts
 * a state or province (its geographic middle; the mean of the towns drifts to where people live, e.g. the
 * coast of Queensland). 'mean': the towns' mean position, better for small regions (counties) whose few towns
 * may lie on one side. Regions crossing the antimeridian fall back to the mean.
 */
export const regionPoint = (e: RegionExtent, how: 'box' | 'mean'): readonly [number, number] => {
  if (how === 'mean' || e.maxLon - e.minLon > 180) return [e.sumLat / e.n, e.sumLon / e.n];
  return [(e.minLat + e.maxLat) / 2, (e.minLon + e.maxLon) / 2];
};
