import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MODEL_PATH = join(root, 'models', 'ner-en.json.gz');

/** /work/shared/corpora, or ../shared/corpora beside the clone (as in CI). */
export const corporaDir = (): string => {
  const candidates = [
    process.env.SITREP_CORPORA,
    join(root, '..', 'shared', 'corpora'),
    '/work/shared/corpora',
  ];
  const found = candidates.find((c) => c !== undefined && existsSync(c));
  if (found === undefined)
    throw new Error('corpora not found: set SITREP_CORPORA or place ../shared beside the clone');
  return found;
};
