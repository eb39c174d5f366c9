import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { sitrepError } from '../errors/sitrep-error.js';

/** models/ at the package root: two levels up from both src/geo (tsx) and dist/geo (tsc). */
export const PLACES_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'models',
  'geo-places.tsv.gz',
);

/** One GeoNames town of models/geo-places.tsv.gz (built by scripts/build-geo-places.ts). */
export interface GeoPlaceRow {
  readonly id: number;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  readonly admin1: string;
  readonly featureCode: string;
  readonly population: number;
  /** Index keys (`placeNameKeys`, normalised) of its alternate names that its own name lacks. */
  readonly alternateKeys: readonly string[];
}

/** Parses the rows of the towns file's text; lines with too few columns are skipped. */
export const parseGeoPlaces = (text: string): GeoPlaceRow[] => {
  const out: GeoPlaceRow[] = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 9) continue;
    const alts = f[8]!;
    out.push({
      id: Number(f[0]),
      name: f[1]!,
      lat: Number(f[2]),
      lon: Number(f[3]),
      country: f[4]!,
      admin1: f[5]!,
      featureCode: f[6]!,
      population: Number(f[7]),
      alternateKeys: alts === '' ? [] : alts.split('|'),
    });
  }
  return out;
};

/** The towns of the gazetteer (GeoNames cities500 with the keys of their Latin-script alternate names). */
export const readGeoPlaces = (): GeoPlaceRow[] => {
  let text: string;
  try {
    text = gunzipSync(readFileSync(PLACES_PATH)).toString('utf8');
  } catch (e) {
    throw sitrepError('SITREP_MODEL_LOAD', PLACES_PATH, e instanceof Error ? e.message : String(e));
  }
  return parseGeoPlaces(text);
};
