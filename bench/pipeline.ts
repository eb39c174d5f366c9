/**
 * `npm run bench`: the full pipeline (ingest → analyse → picture) over every report of the Multi-News/LongBench
 * clusters, next to a baseline on the same text (wink-nlp tokenisation + compromise people/places/organizations),
 * each in its own process. Last line: {"benchmark", "metrics", "anchors"}.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

interface Run {
  readonly variant: string;
  readonly reports: number;
  readonly words: number;
  readonly ms: number;
  readonly maxRssMb: number;
}

const limit = process.argv[2] ?? '';
const run = (variant: string): Run => {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', resolve(import.meta.dirname, 'variant.ts'), variant, limit].filter(Boolean),
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Run;
};

const rate = (r: Run) => ({
  reportsPerSec: +(r.reports / (r.ms / 1000)).toFixed(1),
  wordsPerSec: Math.round(r.words / (r.ms / 1000)),
  peakRssMb: Math.round(r.maxRssMb),
  seconds: +(r.ms / 1000).toFixed(2),
});

const baseline = run('baseline');
const pipeline = run('pipeline');
const b = rate(baseline);
const p = rate(pipeline);
console.log(`corpus: ${pipeline.reports} reports, ${pipeline.words} words (multinews-longbench200)`);
console.log('variant                         reports/s   words/s   peak RSS MB   seconds');
for (const [name, r] of [
  ['baseline (wink + compromise)', b],
  ['sitrep pipeline', p],
] as const) {
  console.log(
    `${name.padEnd(32)}${String(r.reportsPerSec).padStart(9)}${String(r.wordsPerSec).padStart(10)}` +
      `${String(r.peakRssMb).padStart(14)}${String(r.seconds).padStart(10)}`,
  );
}
console.log(
  JSON.stringify({
    benchmark: 'pipeline',
    metrics: {
      reports: pipeline.reports,
      words: pipeline.words,
      ...p,
      speedVsBaseline: +(p.wordsPerSec / b.wordsPerSec).toFixed(2),
    },
    anchors: { baseline: b },
  }),
);
