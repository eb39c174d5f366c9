/**
 * npx tsx eval/attribution-speed.ts [limit] — words per second of the attribution stage alone over the bench
 * corpus (Multi-News/LongBench reports): segment + entities run first (not timed), then the attribution stage
 * over every report, three rounds (the first includes loading the model; the best of the others is reported).
 * Also times the tagger part alone (features + two passes). Last line: {"benchmark", "metrics", "anchors"}.
 */
import { performance } from 'node:perf_hooks';
import { corpusReports, countWords } from '../bench/corpus-texts.js';
import { attributionStage } from '../src/analyse/attribution/attribution-stage.js';
import { findQuotes } from '../src/analyse/attribution/find-quotes.js';
import { tagAttributions } from '../src/analyse/attribution/tag-attributions.js';
import { taggerDocument } from '../src/analyse/attribution/tagger-features.js';
import { entitiesStage } from '../src/analyse/entities/entities-stage.js';
import { segmentStage } from '../src/analyse/segment/segment-stage.js';
import { documentId } from '../src/model/ids.js';
import { loadAttributionModel } from '../src/model-files/load-attribution-model.js';
import { runStages } from '../src/pipeline/run-stages.js';

const limit = process.argv[2] ? Number(process.argv[2]) : Number.POSITIVE_INFINITY;
const reports = corpusReports(limit);
const words = countWords(reports.map((r) => r.text));
const docs = reports.map((r, n) => {
  const ctx = {
    documentId: documentId(`bench-${n}`),
    text: r.text,
    referenceDate: null,
    referenceWindow: null,
  };
  return { ctx, layers: runStages([segmentStage, entitiesStage], ctx) };
});

const time = (f: () => void): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};
const t0 = performance.now();
loadAttributionModel();
const loadMs = performance.now() - t0;
const stage = (): void => {
  for (const { ctx, layers } of docs) attributionStage.run(layers, ctx);
};
const tagger = (): void => {
  const model = loadAttributionModel();
  for (const { ctx, layers } of docs)
    tagAttributions(
      model,
      taggerDocument(ctx.text, layers.tokens, findQuotes(ctx.text), layers.entities, model.clusters),
    );
};
const stageMs = Math.min(...[0, 1, 2].map(() => time(stage)).slice(1));
const taggerMs = Math.min(...[0, 1, 2].map(() => time(tagger)).slice(1));
const rate = (ms: number): number => Math.round(words / (ms / 1000));
console.log(`corpus: ${reports.length} reports, ${words} words (multinews-longbench200)`);
console.log(`model load: ${loadMs.toFixed(0)} ms`);
console.log(`attribution stage: ${rate(stageMs)} words/s (${stageMs.toFixed(0)} ms) — target 30000`);
console.log(`tagger alone:      ${rate(taggerMs)} words/s (${taggerMs.toFixed(0)} ms)`);
console.log(
  JSON.stringify({
    benchmark: 'attribution-speed',
    metrics: {
      reports: reports.length,
      words,
      modelLoadMs: Math.round(loadMs),
      stageWordsPerSec: rate(stageMs),
      taggerWordsPerSec: rate(taggerMs),
    },
    anchors: { targetStageWordsPerSec: 30000 },
  }),
);
