import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import {
  type TaggerModel,
  type TaggerModelFile,
  taggerModelFromFile,
} from '../analyse/attribution/tagger-model.js';
import { sitrepError } from '../errors/sitrep-error.js';

/** models/ at the package root: two levels up from both src/model-files (tsx) and dist/model-files (tsc). */
export const ATTRIBUTION_MODEL_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'models',
  'attribution-en.json.gz',
);

let cached: TaggerModel | null = null;

/**
 * The committed attribution tagger, read on first use and cached for the process. It lives outside the pure
 * analysis layers because it reads a file; the attribution stage only calls it.
 */
export const loadAttributionModel = (): TaggerModel => {
  if (cached !== null) return cached;
  let file: TaggerModelFile;
  try {
    file = JSON.parse(gunzipSync(readFileSync(ATTRIBUTION_MODEL_PATH)).toString('utf8')) as TaggerModelFile;
  } catch (e) {
    throw sitrepError(
      'SITREP_MODEL_LOAD',
      ATTRIBUTION_MODEL_PATH,
      e instanceof Error ? e.message : String(e),
    );
  }
  const model = taggerModelFromFile(file);
  if (model === null)
    throw sitrepError('SITREP_MODEL_LOAD', ATTRIBUTION_MODEL_PATH, 'unknown format or label set');
  cached = model;
  return model;
};
