import type { GeoPrecision } from '../model/geo.js';

/** One place the gazetteer knows: a GeoNames city, a country, a first-level region or a curated sub-city place. */
export interface GazetteerEntry {
  /** `geonames:170063`, `iso:SY`, `admin1:SY.09`, `curated:aleppo/hanano`. */
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** GeoNames feature code (PPLC, PPLA, PPL, …; PCLI for countries, ADM1 for regions, PPLX/AIRP for curated). */
  readonly featureCode: string;
  readonly population: number;
  readonly precision: GeoPrecision;
  /** The gazetteer id of the place this one lies in (curated sub-city places), if known. */
  readonly within?: string;
  /** The first-level region (`admin1:US.KY`) a GeoNames city lies in. */
  readonly region?: string;
  /** Curated points placed by estimate rather than surveyed (see geo-curated-places.ts). */
  readonly estimated?: boolean;
}
