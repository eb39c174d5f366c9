/**
 * npm run eval:figures — the figures stage on a hand-annotated gold set of real news passages
 * (eval/data/figures-gold.jsonl, docs/eval-figures.md): span P/R/F1 (exact, overlap), value/bounds, unit and
 * measure accuracy on matched figures, dev and test halves; and span F1 against re3d Quantity+Money entities.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corporaDir } from '../scripts/ner-paths.js';
import { readFiguresGold } from './lib/figures-gold.js';
import { RE3D_FIGURE_TYPES, readRe3dFigures } from './lib/figures-re3d.js';
import { runFigures } from './lib/figures-run.js';
import { type Counts, emptyCounts, prf, scoreFigures } from './lib/figures-score.js';

const corpora = corporaDir();
const here = dirname(fileURLToPath(import.meta.url));
const pct = (x: number): string => (100 * x).toFixed(2).padStart(7);
const round = (x: number): number => Math.round(x * 1e4) / 1e4;
const verbose = process.argv.includes('--errors');

const passages = readFiguresGold(join(here, 'data', 'figures-gold.jsonl'), corpora);
const results: Record<string, Counts> = {};
for (const split of ['dev', 'test'] as const) {
  const c = emptyCounts();
  for (const p of passages.filter((x) => x.split === split)) {
    const show = (f: { start: number; end: number } | null) =>
      f ? `"${p.text.slice(f.start, f.end)}"` : '-';
    scoreFigures(c, p.figures, runFigures(p.id, p.text), (kind, g, s) => {
      if (verbose && split === 'dev')
        console.log(
          `${kind}\t${p.id}\tgold=${show(g)} ${JSON.stringify(g && { ...g, start: undefined, end: undefined })}\tsys=${show(s)} ${JSON.stringify(s && { ...s, start: undefined, end: undefined })}`,
        );
    });
  }
  results[split] = c;
}

const summary = (c: Counts) => ({
  exact: prf(c.exact, c.system, c.gold),
  overlap: prf(c.overlap, c.system, c.gold),
  bounds: c.overlap ? c.bounds / c.overlap : 0,
  unit: c.overlap ? c.unit / c.overlap : 0,
  measure: c.overlap ? c.measure / c.overlap : 0,
  what: c.overlap ? c.what / c.overlap : 0,
});
console.log(
  `figures gold: ${passages.length} passages, ${passages.reduce((n, p) => n + p.figures.length, 0)} figures`,
);
console.log(
  'split  gold   sys  exactP  exactR  exactF  ovlpP   ovlpR   ovlpF   bounds  unit    measure what',
);
for (const [split, c] of Object.entries(results)) {
  const s = summary(c);
  console.log(
    `${split.padEnd(5)} ${String(c.gold).padStart(5)} ${String(c.system).padStart(5)}` +
      [
        s.exact.p,
        s.exact.r,
        s.exact.f1,
        s.overlap.p,
        s.overlap.r,
        s.overlap.f1,
        s.bounds,
        s.unit,
        s.measure,
        s.what,
      ]
        .map(pct)
        .join(' '),
  );
}

const re3d = emptyCounts();
for (const d of readRe3dFigures(join(corpora, 're3d'))) {
  const gold = d.spans.map((s) => ({
    ...s,
    value: null,
    low: null,
    high: null,
    unit: '',
    measure: '',
    what: null,
  }));
  scoreFigures(re3d, gold, runFigures(d.id, d.text));
}
const r3 = summary(re3d);
console.log(
  `\nre3d (${RE3D_FIGURE_TYPES.join('+')} → figure; re3d spans are the number alone, ours run to the counted noun):`,
);
console.log(
  `  gold ${re3d.gold}  sys ${re3d.system}  exact F1 ${pct(r3.exact.f1)}  overlap P ${pct(r3.overlap.p)} R ${pct(r3.overlap.r)} F1 ${pct(r3.overlap.f1)}`,
);
console.log(
  '\nanchors: GDELT GKG count extraction (counts of killed/wounded/displaced… in news) is the nearest system;',
);
console.log('         it has no published precision/recall/F1, so there is no number to compare with.');

const test = summary(results.test!);
const dev = summary(results.dev!);
console.log(
  JSON.stringify({
    benchmark: 'figures',
    metrics: {
      test_exact_f1: round(test.exact.f1),
      test_overlap_p: round(test.overlap.p),
      test_overlap_r: round(test.overlap.r),
      test_overlap_f1: round(test.overlap.f1),
      test_bounds_accuracy: round(test.bounds),
      test_unit_accuracy: round(test.unit),
      test_measure_accuracy: round(test.measure),
      dev_exact_f1: round(dev.exact.f1),
      dev_overlap_f1: round(dev.overlap.f1),
      dev_bounds_accuracy: round(dev.bounds),
      dev_measure_accuracy: round(dev.measure),
      re3d_overlap_f1: round(r3.overlap.f1),
      re3d_exact_f1: round(r3.exact.f1),
    },
    anchors: { 'gdelt-gkg-counts': 'no published F1' },
  }),
);
