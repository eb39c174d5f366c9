/**
 * npm run eval:time — TempEval-3 Task A (timex extraction + normalisation) on the platinum test set, with the
 * DCT of each input as reference date; the same on TBAQ (the tuning set) and MEANTIME English.
 */
import { join } from 'node:path';
import { corporaDir } from '../scripts/ner-paths.js';
import { readMeantimeDir, readTmlDir, type TimexDoc } from './lib/timeml-read.js';
import { runTimeStage } from './lib/timeml-run.js';
import { emptyScores, scoreDocument, summarise } from './lib/timeml-score.js';

const corpora = corporaDir();
const te3 = join(corpora, 'tempeval3');
const pct = (x: number): string => (100 * x).toFixed(2).padStart(7);
const round = (x: number): number => Math.round(x * 1e4) / 1e4;

const evaluate = (docs: readonly TimexDoc[]) => {
  const s = emptyScores();
  for (const d of docs) scoreDocument(s, d.timexes, runTimeStage(d));
  return { counts: s, ...summarise(s) };
};

const sets = {
  'TE3 platinum (test)': readTmlDir(join(te3, 'Evaluation', 'te3-platinum')),
  'TBAQ (tuning)': [
    ...readTmlDir(join(te3, 'Training', 'TBAQ-cleaned', 'TimeBank')),
    ...readTmlDir(join(te3, 'Training', 'TBAQ-cleaned', 'AQUAINT')),
  ],
  'MEANTIME en (tuning)': readMeantimeDir(join(corpora, 'meantime-en', 'intra-doc_annotation')),
};

console.log(
  'TempEval-3 Task A. strict = exact span, relaxed = overlap; type/value accuracy on relaxed matches;',
);
console.log('type/value F1 = official TE3 attribute F1 (= relaxed F1 x attribute accuracy).\n');
console.log(
  'set                    docs  gold   sys  strictP strictR strictF relaxP  relaxR  relaxF  typeAcc valueAcc typeF1  valueF1',
);
const results: Record<string, ReturnType<typeof evaluate>> = {};
for (const [name, docs] of Object.entries(sets)) {
  const r = evaluate(docs);
  results[name] = r;
  console.log(
    `${name.padEnd(22)} ${String(docs.length).padStart(4)} ${String(r.counts.gold).padStart(5)} ${String(r.counts.system).padStart(5)}` +
      [
        r.strict.p,
        r.strict.r,
        r.strict.f1,
        r.relaxed.p,
        r.relaxed.r,
        r.relaxed.f1,
        r.typeAccuracy,
        r.valueAccuracy,
        r.typeF1,
        r.valueF1,
      ]
        .map(pct)
        .join(' '),
  );
}
const anchors = { 'heideltime-te3-value-f1': 0.776, 'sutime-te3-value-f1': 0.67, bar: 0.78, aim: 0.82 };
console.log(`\nanchors (TE3 platinum value F1): HeidelTime 0.776, SUTime ~0.67; bar 0.78, aim 0.82`);
const m = (name: string) => {
  const r = results[name]!;
  return {
    strict_f1: round(r.strict.f1),
    relaxed_f1: round(r.relaxed.f1),
    type_accuracy: round(r.typeAccuracy),
    value_accuracy: round(r.valueAccuracy),
    type_f1: round(r.typeF1),
    value_f1: round(r.valueF1),
  };
};
const platinum = m('TE3 platinum (test)');
const tbaq = m('TBAQ (tuning)');
const meantime = m('MEANTIME en (tuning)');
console.log(
  JSON.stringify({
    benchmark: 'time',
    metrics: {
      ...Object.fromEntries(Object.entries(platinum).map(([k, v]) => [`te3_platinum_${k}`, v])),
      ...Object.fromEntries(Object.entries(tbaq).map(([k, v]) => [`tbaq_${k}`, v])),
      ...Object.fromEntries(Object.entries(meantime).map(([k, v]) => [`meantime_${k}`, v])),
    },
    anchors,
  }),
);
