/**
 * Derives src/lang/en/attribution-derived-cues.ts from PolNeAR TRAIN annotations: single-word verb cues that are
 * annotated as cues often enough, relative to how often the word occurs (precision), with a stance by stem.
 * Only words and counts are written (no corpus text). Run: npx tsx eval/attribution-derive-cues.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ATTRIBUTION_CUES } from '../src/lang/en/attribution-cues.js';
import { ATTRIBUTION_HEDGES } from '../src/lang/en/attribution-hedges.js';
import { readPolnear } from './lib/polnear-corpus.js';

const MIN_COUNT = Number(process.env.MIN_COUNT ?? 3);
const MIN_PRECISION = Number(process.env.MIN_PRECISION ?? 0.2);
const STANCE_BY_STEM: readonly (readonly [RegExp, string])[] = [
  [/^(accus|blam|attack|criticiz|blast|slam|condemn|charg|mock|denounc|decri|assail)/, 'accuses'],
  [/^(den|refut|disput|reject|dismiss)/, 'denies'],
  [/^(confirm|acknowledg|admit|conced|agree)/, 'confirms'],
  [/^(warn|caution|fear|worr)/, 'warns'],
  [/^(propos|offer|suggest|recommend|pledg|promis|vow)/, 'proposes'],
  [/^(demand|urg|call|insist|ask|press)/, 'demands'],
  [/^(hop|want|wish|expect)/, 'hopes'],
  [/^(announc|declar|unveil)/, 'announces'],
];
// Hand-listed cues and hedge words ("reportedly") are not derived cues.
const known = new Set([...ATTRIBUTION_CUES.flatMap((c) => c.forms), ...ATTRIBUTION_HEDGES]);
const WORD = /[\p{L}’']+/gu;

const docs = readPolnear('train');
const asCue = new Map<string, number>();
const seen = new Map<string, number>();
for (const d of docs) {
  for (const g of d.gold) {
    if (!g.cue) continue;
    const words = d.text.slice(g.cue.start, g.cue.end).toLowerCase().match(WORD) ?? [];
    // The content verb of a cue phrase is its last word ("has said", "also noted").
    const w = words[words.length - 1];
    if (w && words.length <= 2) asCue.set(w, (asCue.get(w) ?? 0) + 1);
  }
  for (const w of d.text.toLowerCase().match(WORD) ?? []) seen.set(w, (seen.get(w) ?? 0) + 1);
}
const rows = [...asCue]
  .filter(
    ([w, n]) => !known.has(w) && w.length > 2 && n >= MIN_COUNT && n / (seen.get(w) ?? n) >= MIN_PRECISION,
  )
  .map(([w, n]) => ({
    form: w,
    stance: STANCE_BY_STEM.find(([re]) => re.test(w))?.[1] ?? 'asserts',
    n,
    p: n / seen.get(w)!,
  }))
  .sort((a, b) => a.form.localeCompare(b.form));

const out = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'lang',
  'en',
  'attribution-derived-cues.ts',
);
/** Words grouped by stance, packed into lines of at most 110 characters (the data file stays small). */
const packed = (words: readonly string[]): string => {
  const lines: string[] = [];
  let line = '   ';
  for (const w of words) {
    const item = ` '${w}',`;
    if (line.length + item.length > 110) {
      lines.push(line);
      line = '   ';
    }
    line += item;
  }
  return [...lines, line].join('\n');
};
const stances = [...new Set(rows.map((r) => r.stance))].sort();
const body = stances
  .map((st) => `  ${st}: [\n${packed(rows.filter((r) => r.stance === st).map((r) => r.form))}\n  ],`)
  .join('\n');
writeFileSync(
  out,
  `import type { Stance } from '../../model/stance.js';

/**
 * Cue verbs derived from the PolNeAR train split (eval/attribution-derive-cues.ts; min ${MIN_COUNT} annotations,
 * annotated as a cue in ≥ ${MIN_PRECISION * 100}% of occurrences), with a stance by stem. Generated: do not edit.
 */
export const DERIVED_CUES: Readonly<Partial<Record<Stance, readonly string[]>>> = {
${body}
};
`,
);
console.log(`${rows.length} derived cues → ${join('src/lang/en', 'attribution-derived-cues.ts')}`);
