/**
 * Country shapes that cross the antimeridian (Russia's far east, Fiji, Kiribati) jump from +180° to −180°
 * inside one ring, which Leaflet draws as a stripe across the whole world. Each ring is unwrapped so that
 * consecutive points never lie more than 180° apart (longitudes may then pass ±180, which Leaflet draws on).
 * Rings that reach the poles (Antarctica) close along the antimeridian on purpose and are left alone.
 */
type Ring = number[][];

const POLAR = 85;

export const unwrapRing = (ring: Ring): Ring => {
  if (ring.some((p) => Math.abs(p[1]!) >= POLAR)) return ring;
  let shift = 0;
  return ring.map((p, i) => {
    if (i > 0) {
      const prev = ring[i - 1]![0]!;
      const jump = p[0]! - prev;
      if (jump > 180) shift -= 360;
      else if (jump < -180) shift += 360;
    }
    return [p[0]! + shift, ...p.slice(1)];
  });
};

export const unwrapGeometry = (g: GeoJSON.Geometry): GeoJSON.Geometry => {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(unwrapRing) };
  if (g.type === 'MultiPolygon')
    return { ...g, coordinates: g.coordinates.map((poly) => poly.map(unwrapRing)) };
  return g;
};
