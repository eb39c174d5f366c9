/**
 * Points for the first-level regions where the middle of their towns' bounding box lies far from the region's
 * middle because the towns crowd to one side (the south of the Canadian provinces, the coasts of Australia,
 * Alaska, the north-west of England), or where GeoNames puts the region elsewhere than its middle (Virginia at
 * Richmond, Florida north of the peninsula's middle): the points of the GeoNames admin1 features (CC BY 4.0),
 * rounded to 0.01°. Checked against the GeoNames-based gold of the geoparsing dev half (eval/geo.ts) where it
 * names them. Admin1 code → [lat, lon].
 */
export const REGION_POINTS: Readonly<Record<string, readonly [number, number]>> = {
  'CA.01': [52.28, -115.5],
  'CA.02': [54, -125],
  'CA.03': [55, -97],
  'CA.05': [52, -56],
  'CA.08': [49.25, -84.5],
  'CA.10': [52, -72],
  'CA.11': [54, -106],
  'CA.12': [63.5, -136],
  'CA.13': [64.83, -124.85],
  'CA.14': [70.47, -86.8],
  'AU.02': [-32, 147],
  'AU.03': [-20, 133.5],
  'AU.04': [-20, 145],
  'AU.05': [-30, 135],
  'AU.08': [-25, 122],
  'US.AK': [64, -150],
  'US.FL': [28.75, -82.5],
  'US.VA': [37.55, -77.45],
  'GB.ENG': [52.16, -0.7],
};
