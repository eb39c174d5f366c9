/**
 * npm run bench:incremental — adding one report to a story that already holds N (default 10,000) reports and
 * getting the updated picture. Stories of that size are synthetic: the Multi-News/LongBench passages, analysed
 * once by the pipeline, repeated under new ids and dates. Measured per added report (p50/p95 over the runs):
 * story assignment through the live story index, and the story picture (buildStory) rebuilt over N + 1
 * reports, which is the full-rebuild baseline and today's only picture path. Last line: JSON.
 */
import { performance } from 'node:perf_hooks';
import { analyseReport } from '../src/analyse/analyse-report.js';
import { identifyReports } from '../src/ingest/identify-reports.js';
import { storyIndex } from '../src/link/stories/story-index.js';
import type { StoryDoc } from '../src/link/story-doc.js';
import type { IsoDate } from '../src/model/date.js';
import type { DocumentId } from '../src/model/ids.js';
import { buildStory } from '../src/picture/build-story.js';
import { corpusReports } from './corpus-texts.js';

const N = Number(process.argv[2] ?? 10_000);
const ADDS = Number(process.argv[3] ?? 30);
const REBUILDS = Number(process.argv[4] ?? 3);

const { reports } = identifyReports(corpusReports(), []);
const base: StoryDoc[] = reports.map((report) => ({
  report: { ...report, duplicateOf: null },
  analysis: analyseReport(report),
}));
const day = (k: number): IsoDate =>
  new Date(Date.UTC(2016, 0, 1) + (k % 365) * 86_400_000).toISOString().slice(0, 10) as IsoDate;
const synthetic = (k: number): StoryDoc => {
  const d = base[k % base.length]!;
  const id = `syn${k}` as DocumentId;
  return { report: { ...d.report, id, published: day(k) }, analysis: { ...d.analysis, documentId: id } };
};
const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const r1 = (x: number): number => Math.round(x * 10) / 10;

const index = storyIndex(0);
const docs: StoryDoc[] = [];
const t0 = performance.now();
for (let k = 0; k < N; k += 1) {
  const d = synthetic(k);
  index.add(d);
  docs.push(d);
}
console.log(
  `built a ${N}-report story index in ${((performance.now() - t0) / 1000).toFixed(1)} s (${base.length} distinct passages)`,
);

const assign: number[] = [];
for (let k = 0; k < ADDS; k += 1) {
  const d = synthetic(N + k);
  const t = performance.now();
  index.add(d);
  assign.push(performance.now() - t);
  docs.push(d);
}
const rebuild: number[] = [];
for (let k = 0; k < REBUILDS; k += 1) {
  const t = performance.now();
  buildStory('s1', docs.slice(0, N + 1 + k));
  rebuild.push(performance.now() - t);
}
const picture = rebuild.map((x, k) => x + assign[k]!);
console.log(`add one report to a ${N}-report story (ms)       p50       p95`);
console.log(
  `  story assignment (incremental)        ${r1(quantile(assign, 0.5)).toString().padStart(10)}${r1(quantile(assign, 0.95)).toString().padStart(10)}`,
);
console.log(
  `  updated picture (full rebuild)        ${r1(quantile(picture, 0.5)).toString().padStart(10)}${r1(quantile(picture, 0.95)).toString().padStart(10)}`,
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
    },
    anchors: { goalP95Ms: 50, fullRebuildP50Ms: r1(quantile(rebuild, 0.5)), adds: ADDS, rebuilds: REBUILDS },
  }),
);
