/**
 * One bench variant in its own process (so peak RSS is its own). Prints one JSON line:
 * {variant, reports, words, ms}. Usage: node --import tsx bench/variant.ts pipeline|baseline [limit]
 */
import { performance } from 'node:perf_hooks';
import { analyseReport } from '../src/analyse/analyse-report.js';
import { identifyReports } from '../src/ingest/identify-reports.js';
import { buildPicture } from '../src/picture/build-picture.js';
import { VERSION } from '../src/version.js';
import { corpusReports, countWords } from './corpus-texts.js';

const [variant = 'pipeline', limitArg] = process.argv.slice(2);
const limit = limitArg ? Number(limitArg) : Number.POSITIVE_INFINITY;

const pipeline = (): { reports: number; words: number } => {
  const incoming = corpusReports(limit);
  const { reports } = identifyReports(incoming, []);
  const analyses = reports.map((r) => analyseReport(r));
  buildPicture({ reports, analyses }, { version: VERSION });
  return { reports: incoming.length, words: countWords(incoming.map((r) => r.text)) };
};

const baseline = async (): Promise<{ reports: number; words: number }> => {
  const texts = corpusReports(limit).map((r) => r.text);
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const { default: nlp } = await import('compromise');
  const wink = winkNLP(model);
  let found = 0;
  for (const text of texts) {
    const doc = wink.readDoc(text);
    found += doc.tokens().length();
    const c = nlp(text);
    found += c.people().length + c.places().length + c.organizations().length;
  }
  if (found < 0) throw new Error('unreachable');
  return { reports: texts.length, words: countWords(texts) };
};

// warm-up is part of a real run (model loading), so it is measured
const t0 = performance.now();
const result = variant === 'baseline' ? await baseline() : pipeline();
const ms = performance.now() - t0;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ variant, ...result, ms, maxRssMb })}\n`);
