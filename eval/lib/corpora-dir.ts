import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file sits at eval/lib/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared corpora: $SITREP_CORPORA, else ../shared/corpora beside the clone (as in CI), else /work/shared/corpora. */
export const corporaDir = (): string => {
  const candidates = [
    process.env.SITREP_CORPORA,
    join(REPO_ROOT, '..', 'shared', 'corpora'),
    '/work/shared/corpora',
  ];
  const found = candidates.find((c) => c !== undefined && existsSync(c));
  if (found === undefined)
    throw new Error('corpora not found: set SITREP_CORPORA or place ../shared beside the clone');
  return found;
};

/** A path inside the shared corpora. */
export const corpusPath = (...parts: readonly string[]): string => join(corporaDir(), ...parts);
