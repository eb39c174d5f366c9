/**
 * The labelled report sets story clustering is scored on, each report ingested by sitrep's own readers and
 * analysed by the stages story linking reads (segment, entities; `STORY_STAGES`), so the eval does not wait on
 * layers stories never look at.
 * - ECB+ dev / test: topics of two look-alike sub-topics (ecb vs ecbplus).
 * - MEANTIME: 4 topic corpora (no sub-topics).
 * - Multi-News (LongBench's 200 test clusters): each cluster one distinct news story; all their passages mixed,
 *   a good topic clustering keeps the clusters apart (a precision set: 570 passages, mostly 2-4 per cluster).
 *   Passages are identified as sitrep ingests them, so a near-duplicate follows its original.
 * - WCEP Aleppo (26-30 Nov 2016): five dated portal entries of one offensive, each as a short report (its
 *   one-line summary and lede); one topic, a recall check on short texts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { entitiesStage } from '../../src/analyse/entities/entities-stage.js';
import { segmentStage } from '../../src/analyse/segment/segment-stage.js';
import { identifyReports } from '../../src/ingest/identify-reports.js';
import { parseInput } from '../../src/ingest/read-inputs.js';
import type { StoryDoc } from '../../src/link/story-doc.js';
import type { IsoDate } from '../../src/model/date.js';
import type { DocumentId } from '../../src/model/ids.js';
import type { Report } from '../../src/model/report.js';
import { checkStageOrder } from '../../src/pipeline/check-stage-order.js';
import { runStages } from '../../src/pipeline/run-stages.js';
import type { AnyStage } from '../../src/pipeline/stage.js';
import { corporaDir } from './corpora-dir.js';
import { ecbTopic, readCatFolder } from './ecb-reader.js';

/** The analysis stages whose layers story clustering reads (entity keys; tokens and sentences). */
export const STORY_STAGES: readonly AnyStage[] = [segmentStage, entitiesStage];
checkStageOrder(STORY_STAGES);

export interface Labelled {
  readonly doc: StoryDoc;
  readonly topic: string;
  readonly subtopic: string;
}

/** A report with the layers story clustering reads (STORY_STAGES). */
export const analysed = (report: Report): StoryDoc => ({
  report,
  analysis: runStages(STORY_STAGES, {
    documentId: report.id,
    text: report.text,
    referenceDate: report.published,
    referenceWindow: null,
  }),
});

/** A report made of a corpus text (named `name`, optionally dated), read by sitrep's text reader. */
const textReport = (name: string, text: string, published: IsoDate | null = null): Report => {
  const ingested = parseInput(`${name}.txt`, Buffer.from(text, 'utf8'))[0]!;
  return { ...ingested, id: name as DocumentId, published, duplicateOf: null };
};

/** ECB+ `split` (dev or test): topic and sub-topic labels from the file names. */
export const ecbReports = (split: 'dev' | 'test'): Labelled[] =>
  readCatFolder(resolve(corporaDir(), 'ecbplus', split)).map((d) => ({
    doc: analysed(textReport(d.name, d.text)),
    ...ecbTopic(d.name),
  }));

/** MEANTIME's four topic corpora (airbus, apple, gm, stock); sub-topic = topic. */
export const meantimeReports = (): Labelled[] =>
  ['airbus', 'apple', 'gm', 'stock'].flatMap((corpus) =>
    readCatFolder(resolve(corporaDir(), `meantime-en/intra_cross-doc_annotation/corpus_${corpus}`)).map(
      (d) => ({ doc: analysed(textReport(`${corpus}-${d.name}`, d.text)), topic: corpus, subtopic: corpus }),
    ),
  );

/** Multi-News passages (clusters `from`..`to`, 1-based file lines), labelled by cluster. */
export const multiNewsReports = (from = 1, to = 200): Labelled[] => {
  const path = resolve(corporaDir(), 'multinews-longbench200', 'multi_news.jsonl');
  const ingested = parseInput(path, readFileSync(path)).filter((r) => {
    const line = Number(r.path.match(/#L(\d+)\./)![1]);
    return line >= from && line <= to;
  });
  const { reports } = identifyReports(ingested, []);
  const cluster = new Map(ingested.map((r) => [r.contentHash, r.path.match(/#L(\d+)\./)![1]!]));
  return reports.map((report) => {
    const c = `mn${cluster.get(report.contentHash)}`;
    return { doc: analysed(report), topic: c, subtopic: c };
  });
};

/** The WCEP entries of the Aleppo offensive, one short dated report each; all one topic. */
export const wcepAleppoReports = (): Labelled[] =>
  readFileSync(resolve(corporaDir(), 'wcep-aleppo-nov2016', 'wcep_aleppo_nov2016.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { date: IsoDate; wcep_summary: string; lede: string })
    .map((e, k) => ({
      doc: analysed(textReport(`wcep-${e.date}-${k}`, `${e.wcep_summary}\n\n${e.lede}`, e.date)),
      topic: 'aleppo',
      subtopic: 'aleppo',
    }));
