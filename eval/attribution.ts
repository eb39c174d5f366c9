/**
 * npm run eval:attribution [test|dev] — PolNeAR: source/cue/content span P/R/F1 (exact and overlap) and relation
 * F1 of sitrep's attribution stage and of a cue-verb baseline, in one run. The tagger inside the stage is trained
 * on PolNeAR train (scripts/train-attribution.ts) and tuned on dev; test is for reporting only.
 */
import { attributionStage } from '../src/analyse/attribution/attribution-stage.js';
import { entitiesStage } from '../src/analyse/entities/entities-stage.js';
import { segmentStage } from '../src/analyse/segment/segment-stage.js';
import type { Attribution } from '../src/model/attribution.js';
import { documentId } from '../src/model/ids.js';
import { runStages } from '../src/pipeline/run-stages.js';
import { baselineAttributions } from './lib/polnear-baseline.js';
import { type GoldAttribution, type PolnearSplit, readPolnear } from './lib/polnear-corpus.js';
import { AttributionScorer } from './lib/polnear-score.js';

const split = (process.argv[2] ?? 'test') as PolnearSplit;
const STAGES = [segmentStage, entitiesStage, attributionStage];
const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
const round = (x: number): number => Math.round(x * 1e4) / 1e4;

const docs = readPolnear(split);
const sitrep = new AttributionScorer();
const baseline = new AttributionScorer();
const started = process.hrtime.bigint();
for (const [n, doc] of docs.entries()) {
  const a = runStages(STAGES, {
    documentId: documentId(`polnear-${n}`),
    text: doc.text,
    referenceDate: null,
    referenceWindow: null,
  });
  const pred: GoldAttribution[] = [];
  let previous: Attribution | null = null;
  for (const x of a.attributions) {
    const last = pred[pred.length - 1];
    // PolNeAR makes a quotation continued in later sentences one attribution (discontinuous content); sitrep tells
    // each continuation as an uncued quote of the same speaker, so it is joined to the quotation it continues.
    if (x.evidence.rule === 'quote-uncued' && previous?.direct && last?.content) {
      pred[pred.length - 1] = { ...last, content: { start: last.content.start, end: x.content.end } };
    } else pred.push({ source: x.source, cue: x.cue, content: x.content });
    previous = x;
  }
  sitrep.add(pred, doc.gold);
  baseline.add(baselineAttributions(a.sentences, a.tokens), doc.gold);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

const KEYS = ['source', 'cue', 'content']
  .flatMap((r) => [`${r}.exact`, `${r}.overlap`])
  .concat('relation.overlap');
const table = (name: string, s: AttributionScorer) => {
  console.log(`\n${name}\n  span               P       R       F1     pred   gold`);
  for (const k of KEYS) {
    const r = s.result(k);
    console.log(
      `  ${k.padEnd(17)} ${pct(r.p)}  ${pct(r.r)}  ${pct(r.f1)}  ${String(r.pred).padStart(5)}  ${r.gold}`,
    );
  }
};
const gold = docs.reduce((n, d) => n + d.gold.length, 0);
console.log(
  `PolNeAR ${split}: ${docs.length} articles (first annotator each), ${gold} attributions, ${seconds.toFixed(1)} s`,
);
console.log(
  'overlap: spans share ≥1 character, matched one-to-one in text order; discontinuous gold spans by cover.',
);
console.log('relation: cue, content and source all overlap (source absent on both sides also matches).');
console.log(
  'an uncued quote right after a direct quotation is scored as part of it (PolNeAR: one attribution).',
);
table('sitrep (segment + entities + attribution)', sitrep);
table('baseline (cue-verb list + nearest noun phrase)', baseline);
for (const [k, bar] of [
  ['content.overlap', 0.75],
  ['source.overlap', 0.75],
] as const) {
  const r = sitrep.result(k);
  const verdict = r.f1 >= bar ? 'meets' : 'below';
  console.log(
    `bar ${k}: P ${pct(r.p)} R ${pct(r.r)} F1 ${pct(r.f1)} — ${verdict} the bar ${bar} (aim 0.85; baseline F1 ${pct(baseline.result(k).f1)})`,
  );
}
/** P, R and F1 of every span kind, exact and overlap, plus the relation. */
const prf = (s: AttributionScorer, prefix = '') =>
  Object.fromEntries(
    KEYS.flatMap((k) => {
      const r = s.result(k);
      const name = `${prefix}${k.replace('.', '_')}`;
      return [
        [`${name}_p`, round(r.p)],
        [`${name}_r`, round(r.r)],
        [`${name}_f1`, round(r.f1)],
      ];
    }),
  );
console.log(
  JSON.stringify({
    benchmark: 'attribution',
    metrics: {
      split,
      articles: docs.length,
      gold,
      seconds: round(seconds),
      ...prf(sitrep),
      ...prf(baseline, 'baseline_'),
    },
    anchors: { bar_content_overlap_f1: 0.75, bar_source_overlap_f1: 0.75, aim: 0.85 },
  }),
);
