/**
 * npm run bench:incremental — adding one report to a story that already holds N (default 10,000) reports and
 * getting the updated picture. Stories of that size are synthetic: the Multi-News/LongBench passages, analysed
 * once by the pipeline, repeated under new ids (every mention id moved with its report, as real reports have
 * their own) and dates: ~N/365 reports a day over a year, ids random, so a new report of the last day falls
 * among that day's reports in report order (published, then id), not always last.
 * Measured per added report (p50/p95 over ADDS reports, after WARMUP added reports that let the JIT and the
 * garbage collector settle after the story was built):
 *   - story assignment through the live story index;
 *   - the updated story picture through the incremental path (picture/incremental: StoryState.add + view),
 *     everything but the briefing, which is recomputed when the story is read (StoryState.picture) and is
 *     timed apart over BRIEFINGS reads, each after one more report joined, once the timed adds are done (a
 *     briefing of 10,000 reports takes seconds and leaves garbage whose collection, up to a full mark-compact
 *     of the heap, would otherwise land on the adds that follow it);
 *   - the full-rebuild baseline: buildStory over every report joined, REBUILDS times (a 10k rebuild takes
 *     seconds, so only a few); the last rebuild is compared with the incremental picture (deep equality).
 * Usage: npx tsx bench/incremental.ts [N] [ADDS] [REBUILDS] [BRIEFINGS] [WARMUP]. Last line: JSON.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { analyseReport } from '../src/analyse/analyse-report.js';
import { identifyReports } from '../src/ingest/identify-reports.js';
import { storyIndex } from '../src/link/stories/story-index.js';
import { compareReports, type StoryDoc } from '../src/link/story-doc.js';
import type { IsoDate } from '../src/model/date.js';
import type { DocumentId } from '../src/model/ids.js';
import type { Analysis } from '../src/model/layers.js';
import { buildStory } from '../src/picture/build-story.js';
import { storyState } from '../src/picture/incremental/story-state.js';
import { corpusReports } from './corpus-texts.js';

const N = Number(process.argv[2] ?? 10_000);
const ADDS = Number(process.argv[3] ?? 30);
const REBUILDS = Number(process.argv[4] ?? 3);
const BRIEFINGS = Number(process.argv[5] ?? 3);
const WARMUP = Number(process.argv[6] ?? 5);

const { reports } = identifyReports(corpusReports(), []);
const base: StoryDoc[] = reports.map((report) => ({
  report: { ...report, duplicateOf: null },
  analysis: { ...analyseReport(report), tokens: [] },
}));
const TOTAL = N + WARMUP + ADDS;
const day = (k: number): IsoDate =>
  new Date(Date.UTC(2016, 0, 1) + Math.floor((k * 365) / TOTAL) * 86_400_000)
    .toISOString()
    .slice(0, 10) as IsoDate;
/** The k-th synthetic report: a passage under a random-looking id, its analysis moved to that id. */
const synthetic = (k: number): StoryDoc => {
  const d = base[k % base.length]!;
  const from = d.report.id;
  const id = `d${createHash('sha256').update(`syn${k}`).digest('hex').slice(0, 12)}` as DocumentId;
  const json = JSON.stringify(d.analysis)
    .replaceAll(`"${from}:`, `"${id}:`)
    .replaceAll(`"documentId":"${from}"`, `"documentId":"${id}"`);
  return { report: { ...d.report, id, published: day(k) }, analysis: JSON.parse(json) as Analysis };
};
const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const r1 = (x: number): number => Math.round(x * 10) / 10;
const seconds = (t: number): string => ((performance.now() - t) / 1000).toFixed(1);

let t0 = performance.now();
const docs = Array.from({ length: N }, (_, k) => synthetic(k));
const warmup = Array.from({ length: WARMUP }, (_, k) => synthetic(N + k));
const adds = Array.from({ length: ADDS }, (_, k) => synthetic(N + WARMUP + k));
/** Reports joined before each briefing read (dated after the others). */
const extra = Array.from({ length: BRIEFINGS }, (_, k) => synthetic(TOTAL + k));
console.log(`made ${TOTAL + BRIEFINGS} synthetic reports from ${base.length} passages in ${seconds(t0)} s`);

t0 = performance.now();
const index = storyIndex(0);
for (const d of docs) index.add(d);
console.log(`built a ${N}-report story index in ${seconds(t0)} s`);
t0 = performance.now();
const state = storyState('s1', docs);
state.view();
console.log(`built the ${N}-report story incrementally (no briefing) in ${seconds(t0)} s`);
for (const d of warmup) {
  index.add(d);
  state.add([d]);
  state.view();
}

const assign: number[] = [];
const update: number[] = [];
const briefing: number[] = [];
let behind = 0;
for (const d of adds) {
  let t = performance.now();
  index.add(d);
  assign.push(performance.now() - t);
  t = performance.now();
  state.add([d]);
  state.view();
  update.push(performance.now() - t);
  behind += state.docs.length - 1 - state.docs.indexOf(d);
}
for (const d of extra) {
  index.add(d);
  state.add([d]);
  const t = performance.now();
  state.picture();
  briefing.push(performance.now() - t);
}
const all = [...docs, ...warmup, ...adds, ...extra].sort((a, b) => compareReports(a.report, b.report));
const rebuild: number[] = [];
let full = null as ReturnType<typeof buildStory> | null;
for (let k = 0; k < REBUILDS; k += 1) {
  const t = performance.now();
  full = buildStory('s1', all);
  rebuild.push(performance.now() - t);
}
const equal = full !== null && isDeepStrictEqual(state.picture(), full);

const picture = update.map((x, k) => x + assign[k]!);
const row = (label: string, xs: readonly number[]): string =>
  `  ${label.padEnd(52)}${r1(quantile(xs, 0.5)).toString().padStart(10)}${r1(quantile(xs, 0.95)).toString().padStart(10)}`;
console.log(`add one report to a ${N}-report story (ms)                        p50       p95`);
console.log(row('story assignment (live story index)', assign));
console.log(row('story picture update, incremental (no briefing)', update));
console.log(row('assignment + updated picture (incremental)', picture));
console.log(row(`briefing recomputed on read (${briefing.length} reads)`, briefing));
console.log(row(`full rebuild, buildStory (${rebuild.length} rebuilds)`, rebuild));
console.log(
  `a new report landed on average ${r1(behind / ADDS)} reports before the story's last; ` +
    `incremental picture ${equal ? 'equals' : 'DIFFERS FROM'} the full rebuild`,
);
console.log(
  JSON.stringify({
    benchmark: 'incremental-add-one-report',
    metrics: {
      storyReports: N,
      assignP50Ms: r1(quantile(assign, 0.5)),
      assignP95Ms: r1(quantile(assign, 0.95)),
      pictureP50Ms: r1(quantile(picture, 0.5)),
      pictureP95Ms: r1(quantile(picture, 0.95)),
      briefingOnReadP50Ms: r1(quantile(briefing, 0.5)),
      fullRebuildP50Ms: r1(quantile(rebuild, 0.5)),
      equalToFullRebuild: equal,
    },
    anchors: {
      goalP95Ms: 50,
      adds: ADDS,
      warmup: WARMUP,
      rebuilds: REBUILDS,
      briefingReads: briefing.length,
    },
  }),
);
