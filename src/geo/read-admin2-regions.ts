import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { sitrepError } from '../errors/sitrep-error.js';
import type { AdminRegion } from './admin-regions.js';

/** models/ at the package root: two levels up from both src/geo (tsx) and dist/geo (tsc). */
export const ADMIN2_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'models',
  'geo-admin2.tsv.gz',
);

/** The second-level regions built by scripts/build-geo-admin2.ts (code, name, point, population). */
export const readAdmin2Regions = (): AdminRegion[] => {
  let text: string;
  try {
    text = gunzipSync(readFileSync(ADMIN2_PATH)).toString('utf8');
  } catch (e) {
    throw sitrepError('SITREP_MODEL_LOAD', ADMIN2_PATH, e instanceof Error ? e.message : String(e));
  }
  const out: AdminRegion[] = [];
  for (const line of text.split('\n')) {
    const [code, name, lat, lon, population] = line.split('\t');
    if (code === undefined || name === undefined || population === undefined) continue;
    out.push({ code, name, lat: Number(lat), lon: Number(lon), population: Number(population) });
  }
  return out;
};
