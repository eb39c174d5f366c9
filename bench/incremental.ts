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
 * Profiling: INCREMENTAL_PROFILE=out.cpuprofile profiles the timed adds alone (node:inspector) and prints each add's
 * times and the garbage collection during it.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { PerformanceObserver, performance } from 'node:perf_hooks';
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

const profile = process.env.INCREMENTAL_PROFILE;
const session = profile === undefined ? null : new Session();
/** Garbage collection pauses (start, duration in ms), watched while profiling. */
const pauses: [number, number][] = [];
const gc = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push([e.startTime, e.duration]);
});
if (session !== null) {
  gc.observe({ entryTypes: ['gc'] });
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
}
/** Each timed add's start, end of assignment, end of StoryState.add, end of view (when profiling). */
const windows: [number, number, number, number][] = [];
const assign: number[] = [];
const update: number[] = [];
const briefing: number[] = [];
let behind = 0;
for (const d of adds) {
  const t0 = performance.now();
  index.add(d);
  const t1 = performance.now();
  state.add([d]);
  const t2 = performance.now();
  state.view();
  const t3 = performance.now();
  assign.push(t1 - t0);
  update.push(t3 - t1);
  behind += state.docs.length - 1 - state.docs.indexOf(d);
  if (session !== null) windows.push([t0, t1, t2, t3]);
}
if (session !== null) {
  await new Promise((resolve) => setTimeout(resolve, 100)); // gc entries arrive after the fact
  windows.forEach(([t0, t1, t2, t3], k) => {
    const paused = pauses.filter(([s]) => s >= t0 && s < t3).reduce((a, [, x]) => a + x, 0);
    console.log(
      `add ${k + 1}: assign ${r1(t1 - t0)} add ${r1(t2 - t1)} view ${r1(t3 - t2)} (gc ${r1(paused)}) ms`,
    );
  });
  const { profile: taken } = await session.post('Profiler.stop');
  // positions in the sources rather than in what tsx made of them (when source maps are on)
  for (const { callFrame: f } of taken.nodes) {
    const entry = (
      f.url === '' ? undefined : findSourceMap(f.url)?.findEntry(f.lineNumber, f.columnNumber)
    ) as { originalLine?: number; originalColumn: number } | undefined;
    if (entry?.originalLine === undefined) continue;
    f.lineNumber = entry.originalLine;
    f.columnNumber = entry.originalColumn;
  }
  // each add's window on the profile's clock (µs), to find what a slow add spent its time on
  const shift = Number(process.hrtime.bigint() / 1000n) - performance.now() * 1000;
  const adds = windows.map((w) => w.map((t) => Math.round(t * 1000 + shift)));
  writeFileSync(profile!, JSON.stringify({ ...taken, adds }));
  session.disconnect();
  gc.disconnect();
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
