/** npm run eval:events — CASE-2021 task 2 snippet classification (weighted/macro F1) and RAMS/WikiEvents roles. */
import { ANALYSIS_STAGES } from '../src/analyse/analysis-stages.js';
import { classifySnippet } from '../src/analyse/events/classify-snippet.js';
import { documentId } from '../src/model/ids.js';
import { runStages } from '../src/pipeline/run-stages.js';
import { case2021DevIds, readCase2021 } from './lib/case2021-corpus.js';
import { scoreLabels } from './lib/case2021-score.js';
import { argumentScores } from './lib/rams-arguments.js';

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
const round = (x: number): number => Math.round(x * 1e4) / 1e4;

const snippets = readCase2021();
const dev = case2021DevIds();
const predicted = snippets.map((s) => {
  const a = runStages(ANALYSIS_STAGES, {
    documentId: documentId(`case-${s.id}`),
    text: s.text,
    referenceDate: null,
    referenceWindow: null,
  });
  return classifySnippet(s.text, a.events);
});
const split = (keep: (id: string) => boolean) => {
  const idx = snippets.flatMap((s, i) => (keep(s.id) ? [i] : []));
  return scoreLabels(
    idx.map((i) => snippets[i]!.label),
    idx.map((i) => predicted[i]!),
  );
};
const test = split((id) => !dev.has(id));
const devScores = split((id) => dev.has(id));

console.log(
  `CASE-2021 task 2: ${snippets.length} snippets; ${dev.size} development snippets excluded from the report`,
);
console.log('  label                           P       R       F1    support');
for (const [l, s] of test.perLabel) {
  console.log(`  ${l.padEnd(30)} ${pct(s.p)}  ${pct(s.r)}  ${pct(s.f1)}  ${s.support}`);
}
console.log(
  `reported (non-dev): weighted F1 ${pct(test.weightedF1)}  macro F1 ${pct(test.macroF1)}  accuracy ${pct(test.accuracy)}`,
);
console.log(
  `dev snippets:       weighted F1 ${pct(devScores.weightedF1)}  macro F1 ${pct(devScores.macroF1)}`,
);

const args = argumentScores();
for (const r of args) {
  console.log(`\n${r.name} test: ${r.docs} documents, ${r.gold} gold arguments, ${r.pred} predicted`);
  console.log(
    `  argument identification F1 ${pct(r.identification.f1)} (P ${pct(r.identification.p)}, R ${pct(r.identification.r)})`,
  );
  console.log(
    `  argument classification F1  ${pct(r.classification.f1)} (P ${pct(r.classification.p)}, R ${pct(r.classification.r)})`,
  );
}
console.log(
  JSON.stringify({
    benchmark: 'events',
    metrics: {
      case2021_weighted_f1: round(test.weightedF1),
      case2021_macro_f1: round(test.macroF1),
      case2021_accuracy: round(test.accuracy),
      case2021_dev_weighted_f1: round(devScores.weightedF1),
      ...Object.fromEntries(
        args.flatMap((r) => [
          [`${r.key}_arg_identification_f1`, round(r.identification.f1)],
          [`${r.key}_arg_classification_f1`, round(r.classification.f1)],
        ]),
      ),
    },
    anchors: { bar_case2021_weighted_f1: 0.65, case2021_best_system_weighted_f1: 0.771 },
  }),
);
