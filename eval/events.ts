/**
 * npm run eval:events — CASE-2021 task 2 snippet classification (weighted/macro F1) and RAMS/WikiEvents roles.
 * `--dev` also prints the confusion and the errors on the development snippets (never on the reported ones).
 */
import { ANALYSIS_STAGES } from '../src/analyse/analysis-stages.js';
import { classifySnippet, scoreSnippet } from '../src/analyse/events/classify-snippet.js';
import { documentId } from '../src/model/ids.js';
import { runStages } from '../src/pipeline/run-stages.js';
import { case2021DevIds, readCase2021 } from './lib/case2021-corpus.js';
import { confusionLines, scoreLabels } from './lib/case2021-score.js';
import { argumentScores } from './lib/rams-arguments.js';

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
const round = (x: number): number => Math.round(x * 1e4) / 1e4;

const snippets = readCase2021();
const dev = case2021DevIds();
const started = performance.now();
const analysed = snippets.map((s) => {
  const a = runStages(ANALYSIS_STAGES, {
    documentId: documentId(`case-${s.id}`),
    text: s.text,
    referenceDate: null,
    referenceWindow: null,
  });
  return { events: a.events, label: classifySnippet(s.text, a.events) };
});
const msPerSnippet = (performance.now() - started) / Math.max(snippets.length, 1);
const predicted = analysed.map((a) => a.label);
const pick = (keep: (id: string) => boolean) => snippets.flatMap((s, i) => (keep(s.id) ? [i] : []));
const split = (idx: readonly number[]) =>
  scoreLabels(
    idx.map((i) => snippets[i]!.label),
    idx.map((i) => predicted[i]!),
  );
const devIdx = pick((id) => dev.has(id));
const test = split(pick((id) => !dev.has(id)));
const devScores = split(devIdx);

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
  `dev snippets:       weighted F1 ${pct(devScores.weightedF1)}  macro F1 ${pct(devScores.macroF1)}  (${msPerSnippet.toFixed(1)} ms per snippet, all stages)`,
);
if (process.argv.includes('--dev')) {
  const gold = devIdx.map((i) => snippets[i]!.label);
  for (const line of confusionLines(
    gold,
    devIdx.map((i) => predicted[i]!),
  ))
    console.log(`  ${line}`);
  for (const i of devIdx) {
    const s = snippets[i]!;
    if (predicted[i] === s.label) continue;
    const top = scoreSnippet(s.text, analysed[i]!.events).slice(0, 4);
    console.log(
      `  dev #${s.id} ${s.label} → ${predicted[i]} (${top.map(([l, x]) => `${l} ${x.toFixed(1)}`).join(', ')})`,
    );
  }
}

const args = argumentScores();
for (const r of args) {
  console.log(`\n${r.name} test: ${r.docs} documents, ${r.instances} gold events, ${r.gold} gold arguments`);
  for (const [setting, x] of [
    ['end to end (sitrep triggers)', r.endToEnd],
    ['given the gold trigger', r.givenTrigger],
  ] as const) {
    console.log(`  ${setting}: ${x.events} events with roles, ${x.pred} predicted arguments`);
    console.log(
      `    identification F1 ${pct(x.identification.f1)} (P ${pct(x.identification.p)}, R ${pct(x.identification.r)})`,
    );
    console.log(
      `    classification F1 ${pct(x.classification.f1)} (P ${pct(x.classification.p)}, R ${pct(x.classification.r)})`,
    );
  }
}
console.log(
  JSON.stringify({
    benchmark: 'events',
    metrics: {
      case2021_weighted_f1: round(test.weightedF1),
      case2021_macro_f1: round(test.macroF1),
      case2021_accuracy: round(test.accuracy),
      case2021_dev_weighted_f1: round(devScores.weightedF1),
      case2021_dev_macro_f1: round(devScores.macroF1),
      case2021_ms_per_snippet: round(msPerSnippet),
      ...Object.fromEntries(
        args.flatMap((r) => [
          [`${r.key}_arg_identification_f1`, round(r.endToEnd.identification.f1)],
          [`${r.key}_arg_classification_f1`, round(r.endToEnd.classification.f1)],
          [`${r.key}_arg_given_trigger_identification_f1`, round(r.givenTrigger.identification.f1)],
          [`${r.key}_arg_given_trigger_classification_f1`, round(r.givenTrigger.classification.f1)],
        ]),
      ),
    },
    anchors: { bar_case2021_weighted_f1: 0.65, case2021_best_system_weighted_f1: 0.771 },
  }),
);
