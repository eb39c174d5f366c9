/** CASE-2021 task 2 reader: labelled snippets, and the ≤5-per-label development ids (eval/data). */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corporaDir } from './corpora-dir.js';

export interface Snippet {
  readonly id: string;
  readonly text: string;
  readonly label: string;
}

const here = dirname(fileURLToPath(import.meta.url));

export const readCase2021 = (): Snippet[] => {
  const file = join(corporaDir(), 'case2021-task2', 'test_set_final_release_with_labels.tsv');
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [id, text, label] = l.split('\t');
      return { id: id!, text: text ?? '', label: (label ?? '').trim() };
    });
};

/** Ids of the snippets used while writing the lexicon: excluded from the reported scores. */
export const case2021DevIds = (): ReadonlySet<string> => {
  const file = resolve(here, '..', 'data', 'case2021-dev-snippets.json');
  const byLabel = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
  return new Set(Object.values(byLabel).flat());
};
