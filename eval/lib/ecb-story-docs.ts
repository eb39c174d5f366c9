/** Corpus documents as sitrep story docs: ingested by sitrep's own text reader, analysed by the pipeline. */
import { analyseReport } from '../../src/analyse/analyse-report.js';
import { parseInput } from '../../src/ingest/read-inputs.js';
import type { StoryDoc } from '../../src/link/story-doc.js';
import type { DocumentId } from '../../src/model/ids.js';
import type { Report } from '../../src/model/report.js';
import { emptyAnalysis } from '../../src/pipeline/empty-analysis.js';

/** A report made of a corpus text; `analyse` false gives empty layers (text-only clustering). */
export const storyDoc = (name: string, text: string, analyse = true): StoryDoc => {
  const ingested = parseInput(`${name}.txt`, Buffer.from(text, 'utf8'))[0]!;
  const report: Report = { ...ingested, id: name as DocumentId, duplicateOf: null };
  const analysis = analyse ? analyseReport(report) : emptyAnalysis(report.id);
  return { report, analysis };
};
