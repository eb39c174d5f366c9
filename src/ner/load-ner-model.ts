import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { sitrepError } from '../errors/sitrep-error.js';
import { type NerModel, type NerModelFile, nerModelFromFile } from './ner-model.js';

/** models/ at the package root: two levels up from both src/ner (tsx) and dist/ner (tsc). */
export const NER_MODEL_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'models',
  'ner-en.json.gz',
);

let cached: NerModel | null = null;

/** The committed tagger, read on first use and cached for the process. */
export const loadNerModel = (): NerModel => {
  if (cached !== null) return cached;
  let file: NerModelFile;
  try {
    file = JSON.parse(gunzipSync(readFileSync(NER_MODEL_PATH)).toString('utf8')) as NerModelFile;
  } catch (e) {
    throw sitrepError('SITREP_MODEL_LOAD', NER_MODEL_PATH, e instanceof Error ? e.message : String(e));
  }
  const model = nerModelFromFile(file);
  if (model === null) throw sitrepError('SITREP_MODEL_LOAD', NER_MODEL_PATH, 'unknown format or label set');
  cached = model;
  return model;
};
