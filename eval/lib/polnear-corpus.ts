/** PolNeAR reader: raw texts and BRAT attribution annotations (one annotator per article: the first file). */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
}
export interface GoldAttribution {
  readonly source: GoldSpan | null;
  readonly cue: GoldSpan | null;
  readonly content: GoldSpan | null;
}
export interface PolnearDoc {
  readonly name: string;
  readonly text: string;
  readonly sha1: string;
  readonly gold: readonly GoldAttribution[];
}
export type PolnearSplit = 'train' | 'dev' | 'test';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** ../shared/corpora beside the clone (as in CI), or SITREP_CORPORA. */
export const polnearCorporaDir = (): string => {
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

/** Discontinuous BRAT spans ("a b;c d") are scored by their cover [a, d). */
const readSpan = (offsets: string): GoldSpan => {
  const nums = offsets.split(/[ ;]/).map(Number);
  return { start: Math.min(...nums), end: Math.max(...nums) };
};

const parseAnn = (ann: string): GoldAttribution[] => {
  const spans = new Map<string, GoldSpan>();
  const out: GoldAttribution[] = [];
  const lines = ann.split('\n');
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('T') || !body) continue;
    const sp = body.indexOf(' ');
    spans.set(id, readSpan(body.slice(sp + 1)));
  }
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const args = new Map<string, string>();
    for (const part of line.split('\t')[1]?.split(' ') ?? []) {
      const [role, ref] = part.split(':');
      if (role && ref) args.set(role, ref);
    }
    const get = (role: string) => spans.get(args.get(role) ?? '') ?? null;
    if (!args.has('Attribution') && !args.has('Attribution-no-source')) continue;
    out.push({ source: get('Source'), cue: get('Cue'), content: get('Content') });
  }
  return out;
};

export const readPolnear = (split: PolnearSplit): PolnearDoc[] => {
  const dir = join(polnearCorporaDir(), 'polnear', 'data', split);
  const anns = readdirSync(join(dir, 'attributions')).sort();
  const docs: PolnearDoc[] = [];
  const seen = new Set<string>();
  for (const file of anns) {
    const name = file.replace(/_[0-9a-f]+\.ann$/, '');
    if (seen.has(name)) continue;
    seen.add(name);
    const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
    const gold = parseAnn(readFileSync(join(dir, 'attributions', file), 'utf8'));
    docs.push({ name, text, sha1: createHash('sha1').update(text).digest('hex'), gold });
  }
  return docs;
};
