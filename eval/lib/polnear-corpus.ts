/** PolNeAR reader: raw texts and BRAT attribution annotations (one annotator per article: the first file). */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corporaDir } from './corpora-dir.js';

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
}
export interface GoldAttribution {
  readonly source: GoldSpan | null;
  readonly cue: GoldSpan | null;
  readonly content: GoldSpan | null;
}
/** One attribution's spans as annotated: a discontinuous BRAT span keeps each of its pieces. */
export interface GoldParts {
  readonly source: readonly GoldSpan[];
  readonly cue: readonly GoldSpan[];
  readonly content: readonly GoldSpan[];
}
export interface PolnearDoc {
  readonly name: string;
  readonly text: string;
  readonly sha1: string;
  readonly gold: readonly GoldAttribution[];
  /** The same attributions, piece by piece (for training a tagger). */
  readonly parts: readonly GoldParts[];
}
export type PolnearSplit = 'train' | 'dev' | 'test';

/** Discontinuous BRAT spans ("a b;c d") are scored by their cover [a, d). */
const readSpan = (offsets: string): GoldSpan => {
  const nums = offsets.split(/[ ;]/).map(Number);
  return { start: Math.min(...nums), end: Math.max(...nums) };
};

const readPieces = (offsets: string): GoldSpan[] =>
  offsets.split(';').map((p) => {
    const [start, end] = p.trim().split(' ').map(Number);
    return { start: start as number, end: end as number };
  });

const parseAnn = (ann: string): { gold: GoldAttribution[]; parts: GoldParts[] } => {
  const spans = new Map<string, GoldSpan>();
  const pieces = new Map<string, GoldSpan[]>();
  const out: GoldAttribution[] = [];
  const parts: GoldParts[] = [];
  const lines = ann.split('\n');
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('T') || !body) continue;
    const sp = body.indexOf(' ');
    spans.set(id, readSpan(body.slice(sp + 1)));
    pieces.set(id, readPieces(body.slice(sp + 1)));
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
    const all = (role: string) => pieces.get(args.get(role) ?? '') ?? [];
    parts.push({ source: all('Source'), cue: all('Cue'), content: all('Content') });
  }
  return { gold: out, parts };
};

/** One document per article (its first annotator's file), or with `everyAnnotator` one per annotation file. */
export const readPolnear = (split: PolnearSplit, everyAnnotator = false): PolnearDoc[] => {
  const dir = join(corporaDir(), 'polnear', 'data', split);
  const anns = readdirSync(join(dir, 'attributions')).sort();
  const docs: PolnearDoc[] = [];
  const seen = new Set<string>();
  for (const file of anns) {
    const name = file.replace(/_[0-9a-f]+\.ann$/, '');
    if (seen.has(name) && !everyAnnotator) continue;
    seen.add(name);
    const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
    const { gold, parts } = parseAnn(readFileSync(join(dir, 'attributions', file), 'utf8'));
    docs.push({ name, text, sha1: createHash('sha1').update(text).digest('hex'), gold, parts });
  }
  return docs;
};
