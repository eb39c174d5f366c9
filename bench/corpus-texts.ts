import { readFileSync } from 'node:fs';
import { corpusPath } from '../eval/lib/corpora-dir.js';
import { parseInput } from '../src/ingest/read-inputs.js';
import type { IngestedReport } from '../src/model/report.js';

export const CORPUS = corpusPath('multinews-longbench200', 'multi_news.jsonl');

/** Every passage of the Multi-News/LongBench clusters, read by sitrep's own cluster reader. */
export const corpusReports = (limit = Number.POSITIVE_INFINITY): IngestedReport[] =>
  parseInput(CORPUS, readFileSync(CORPUS)).slice(0, limit);

export const countWords = (texts: readonly string[]): number =>
  texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
