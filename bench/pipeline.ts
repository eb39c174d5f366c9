/**
 * `npm run bench`: the full pipeline (ingest → analyse → picture) over every report of the Multi-News/LongBench
 * clusters, next to a baseline on the same text (wink-nlp tokenisation + compromise people/places/organizations),
 * each in its own process; then name tagging alone on one core (bench/ner-speed.ts: sitrep's NER tagger vs the
 * baseline's compromise name finder, tokens/s by CPU time; bar 200k tokens/s). Last line: {"benchmark",
 * "metrics", "anchors"}.
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

interface NerSpeed {
  readonly tokens: number;
  readonly sitrepTokensPerSec: number;
  readonly baselineTokensPerSec: number;
}
const nerSpeed = (): NerSpeed => {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', resolve(import.meta.dirname, 'ner-speed.ts'), limit].filter(Boolean),
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as NerSpeed;
};
const NER_BAR = 200_000;

const rate = (r: Run) => ({
  reportsPerSec: +(r.reports / (r.ms / 1000)).toFixed(1),
  wordsPerSec: Math.round(r.words / (r.ms / 1000)),
  peakRssMb: Math.round(r.maxRssMb),
  seconds: +(r.ms / 1000).toFixed(2),
});

const baseline = run('baseline');
const pipeline = run('pipeline');
const ner = nerSpeed();
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
console.log(`\nname tagging on one core (${ner.tokens} tokens, CPU time, best of 3)        tokens/s`);
console.log(
  `${'baseline (compromise people/places/organizations)'.padEnd(60)}${String(ner.baselineTokensPerSec).padStart(10)}`,
);
console.log(
  `${'sitrep NER tagger'.padEnd(60)}${String(ner.sitrepTokensPerSec).padStart(10)}  (bar ${NER_BAR})`,
);
console.log(
  JSON.stringify({
    benchmark: 'pipeline',
    metrics: {
      reports: pipeline.reports,
      words: pipeline.words,
      ...p,
      speedVsBaseline: +(p.wordsPerSec / b.wordsPerSec).toFixed(2),
      nerTokensPerSec: ner.sitrepTokensPerSec,
    },
    anchors: { baseline: { ...b, nerTokensPerSec: ner.baselineTokensPerSec }, nerBarTokensPerSec: NER_BAR },
  }),
);
