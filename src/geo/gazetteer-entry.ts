import type { GeoPrecision } from '../model/geo.js';

/**
 * One place the gazetteer knows: a GeoNames city, a country, a first- or second-level region (state,
 * governorate, county), a continent or wider region, or a curated sub-city place.
 */
export interface GazetteerEntry {
  /** `geonames:170063`, `iso:SY`, `admin1:SY.09`, `admin2:US.KY.125`, `curated:aleppo/hanano`. */
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** ISO 3166-1 alpha-2; '' for places wider than a country (continents, seas). */
  readonly country: string;
  /**
   * GeoNames feature code: PPLC, PPLA, PPL, … for towns; PCLI countries; ADM1/ADM2 regions; CONT continents;
   * RGN/SEA/OCN wider regions; PPLX/AIRP/… curated places.
   */
  readonly featureCode: string;
  /** Inhabitants (towns); for regions the summed population of their towns; 0 when unknown. */
  readonly population: number;
  readonly precision: GeoPrecision;
  /** The gazetteer id of the place this one lies in (curated sub-city places), if known. */
  readonly within?: string;
  /** The first-level region (`admin1:US.KY`) a town or county lies in. */
  readonly region?: string;
  /** Curated points placed by estimate rather than surveyed (see geo-curated-places.ts). */
  readonly estimated?: boolean;
}
