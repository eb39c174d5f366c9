/**
 * npm run eval:briefing — the cited extractive briefing on Multi-News (LongBench's 200 test clusters): each
 * cluster's passages go through sitrep's ingest (parseInput, identifyReports), analysis (analyseReport) and
 * story picture (buildStory); the briefing is scored with ROUGE-1/2/L/Lsum F1 (eval/lib/rouge.ts, rouge-score
 * with Porter stemming) against the reference summary, next to LexRank and TextRank over the same sentences,
 * every system cut at the same BUDGET words (as ROUGE's length limit does). Also prints citation exactness:
 * the share of briefing sentences whose text is found inside their cited spans.
 * Split: clusters 1–40 (file order) are dev, where the briefing's weights are chosen; 41–200 are test, what
 * the JSON reports. Both parts are printed, every system scored on the same clusters at the same length.
 * `npx tsx eval/briefing.ts dev` scores the dev part only (for tuning). Last line: JSON.
 */
import { readFileSync } from 'node:fs';
import { analyseReport } from '../src/analyse/analyse-report.js';
import { identifyReports } from '../src/ingest/identify-reports.js';
import { parseInput } from '../src/ingest/read-inputs.js';
import type { StoryDoc } from '../src/link/story-doc.js';
import { contentWords, wordJaccard } from '../src/link/text/content-words.js';
import { porterStem } from '../src/link/text/porter-stem.js';
import type { IngestedReport } from '../src/model/report.js';
import { buildStory } from '../src/picture/build-story.js';
import { corpusPath } from './lib/corpora-dir.js';
import { lexRank } from './lib/lexrank.js';
import { checkRouge, type RougeScore, rougeL, rougeLsum, rougeN } from './lib/rouge.js';
import { textRank } from './lib/textrank.js';

const CORPUS = corpusPath('multinews-longbench200', 'multi_news.jsonl');
/** Words every system may use: a little over the references' mean of 220 words. */
const BUDGET = 250;
/** Shorter sentences are captions or fragments (the briefing's own rule, applied to every system). */
const MIN_WORDS = 6;
const REDUNDANT = 0.5;
/** Clusters (in file order) the weights are tuned on; the rest is the test part. */
const DEV_CLUSTERS = 40;
const only = process.argv[2] === 'dev' || process.argv[2] === 'test' ? process.argv[2] : null;

checkRouge();
const bytes = readFileSync(CORPUS);
const references = bytes
  .toString('utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { answers: string[] }).answers[0]!.replace(/^[–-]\s*/, '').trim());
const byCluster = new Map<string, IngestedReport[]>();
for (const r of parseInput(CORPUS, bytes)) {
  const key = r.path.match(/#L(\d+)\./)![1]!;
  byCluster.set(key, [...(byCluster.get(key) ?? []), r]);
}

const words = (t: string): string[] => t.split(/\s+/).filter((w) => w !== '');
/** Sentences cut to the budget, one per line. */
const cut = (sentences: readonly string[]): string => {
  const out: string[] = [];
  let left = BUDGET;
  for (const s of sentences) {
    if (left <= 0) break;
    const w = words(s);
    out.push(w.slice(0, left).join(' '));
    left -= w.length;
  }
  return out.join('\n');
};

interface Candidate {
  readonly text: string;
  readonly terms: string[];
  readonly set: ReadonlySet<string>;
}

const candidates = (docs: readonly StoryDoc[]): Candidate[] =>
  docs
    .filter((d) => d.report.duplicateOf === null)
    .flatMap((d) => d.analysis.sentences.map((s) => d.report.text.slice(s.span.start, s.span.end).trim()))
    .filter((t) => words(t).length >= MIN_WORDS)
    .map((text) => {
      const cw = contentWords(text);
      return { text, terms: cw.map(porterStem), set: new Set(cw) };
    });

/** Best-first order → non-redundant sentences. */
const pick = (cs: readonly Candidate[], order: readonly number[]): string[] => {
  const chosen: Candidate[] = [];
  for (const i of order) {
    const c = cs[i]!;
    if (chosen.some((x) => wordJaccard(x.set, c.set) >= REDUNDANT)) continue;
    chosen.push(c);
  }
  return chosen.map((c) => c.text);
};

type Scores = { r1: number; r2: number; rl: number; rlsum: number };
const systems = ['sitrep', 'lexrank', 'textrank'] as const;
type Part = 'dev' | 'test';
interface Tally {
  readonly totals: Record<(typeof systems)[number], Scores>;
  sentences: number;
  exact: number;
  clusters: number;
  briefingWords: number;
}
const tally = (): Tally => ({
  totals: Object.fromEntries(systems.map((s) => [s, { r1: 0, r2: 0, rl: 0, rlsum: 0 }])) as Tally['totals'],
  sentences: 0,
  exact: 0,
  clusters: 0,
  briefingWords: 0,
});
const parts: Record<Part, Tally> = { dev: tally(), test: tally() };
const t0 = performance.now();
for (const [k, [key, incoming]] of [...byCluster.entries()].entries()) {
  const part: Part = k < DEV_CLUSTERS ? 'dev' : 'test';
  if (only !== null && only !== part) continue;
  const t = parts[part];
  const reference = references[Number(key) - 1]!;
  const { reports } = identifyReports(incoming, []);
  const docs: StoryDoc[] = reports.map((report) => ({ report, analysis: analyseReport(report) }));
  const story = buildStory('s1', docs);
  const texts = new Map(docs.map((d) => [d.report.id as string, d.report.text]));
  for (const b of story.briefing) {
    t.sentences += 1;
    if (
      b.citations.length > 0 &&
      b.citations.every((c) => (texts.get(c.documentId) ?? '').slice(c.start, c.end).includes(b.text))
    )
      t.exact += 1;
  }
  const cs = candidates(docs);
  const outputs = {
    sitrep: cut(story.briefing.map((b) => b.text)),
    lexrank: cut(pick(cs, lexRank(cs.map((c) => c.terms)))),
    textrank: cut(pick(cs, textRank(cs.map((c) => c.terms)))),
  };
  t.briefingWords += words(outputs.sitrep).length;
  for (const s of systems) {
    const add = (k: keyof Scores, x: RougeScore) => {
      t.totals[s][k] += x.f;
    };
    add('r1', rougeN(reference, outputs[s], 1));
    add('r2', rougeN(reference, outputs[s], 2));
    add('rl', rougeL(reference, outputs[s]));
    add('rlsum', rougeLsum(reference.replace(/(?<=[.!?])\s+/g, '\n'), outputs[s]));
  }
  t.clusters += 1;
}
const pct = (x: number, n: number): number => Math.round((10000 * x) / Math.max(1, n)) / 100;
const mean = (t: Tally, s: (typeof systems)[number]) => ({
  rouge1: pct(t.totals[s].r1, t.clusters),
  rouge2: pct(t.totals[s].r2, t.clusters),
  rougeL: pct(t.totals[s].rl, t.clusters),
  rougeLsum: pct(t.totals[s].rlsum, t.clusters),
});
const exactness = (t: Tally): number => pct(t.exact, t.sentences);
console.log(
  `Multi-News (LongBench 200), budget ${BUDGET} words, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
for (const part of ['dev', 'test'] as const) {
  const t = parts[part];
  if (t.clusters === 0) continue;
  const range = part === 'dev' ? `1–${DEV_CLUSTERS}` : `${DEV_CLUSTERS + 1}–${DEV_CLUSTERS + t.clusters}`;
  console.log(`\n${part}: clusters ${range} (${t.clusters})`);
  console.log('system      ROUGE-1  ROUGE-2  ROUGE-L  ROUGE-Lsum');
  for (const s of systems) {
    const m = mean(t, s);
    console.log(
      `${s.padEnd(10)}${[m.rouge1, m.rouge2, m.rougeL, m.rougeLsum].map((x) => x.toFixed(2).padStart(9)).join('')}`,
    );
  }
  console.log(
    `sitrep over LexRank: ROUGE-1 ${(mean(t, 'sitrep').rouge1 - mean(t, 'lexrank').rouge1).toFixed(2)} (bar +2.00)`,
  );
  console.log(
    `citation exactness: ${t.exact}/${t.sentences} briefing sentences (${exactness(t)}%); mean briefing ${(t.briefingWords / t.clusters).toFixed(0)} words`,
  );
}
const report: Part = parts.test.clusters > 0 ? 'test' : 'dev';
const r = parts[report];
const sitrep = mean(r, 'sitrep');
const dev = parts.dev.clusters > 0 ? parts.dev : null;
console.log(
  JSON.stringify({
    benchmark: `briefing-multinews-longbench200-${report}`,
    metrics: {
      ...sitrep,
      citationExactness: exactness(r),
      overLexRank: Math.round(100 * (sitrep.rouge1 - mean(r, 'lexrank').rouge1)) / 100,
    },
    anchors: {
      clusters: r.clusters,
      lexrank: mean(r, 'lexrank'),
      textrank: mean(r, 'textrank'),
      ...(dev && report === 'test'
        ? { dev: { clusters: dev.clusters, sitrep: mean(dev, 'sitrep'), lexrank: mean(dev, 'lexrank') } }
        : {}),
      barOverLexRankRouge1: 2,
      budgetWords: BUDGET,
      hiMapRouge1: 43.47,
    },
  }),
);
