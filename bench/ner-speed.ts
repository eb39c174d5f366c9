/**
 * Name tagging speed on one core, over the bench corpus (Multi-News/LongBench reports): sitrep's trained NER
 * tagger (`nerSpans`: features, Viterbi, spans) against the foundation's baseline name finder (compromise
 * people/places/organizations) on the same texts. Tokens come from sitrep's segment stage (not timed); each side
 * is timed by this process's CPU time (other jobs on the machine do not count), best of PASSES passes, after a
 * warm-up pass. Prints one JSON line: {tokens, sitrepTokensPerSec, baselineTokensPerSec}.
 * Usage: node --import tsx bench/ner-speed.ts [limit]
 */
import { segmentStage } from '../src/analyse/segment/segment-stage.js';
import { documentId } from '../src/model/ids.js';
import { loadNerModel } from '../src/ner/load-ner-model.js';
import { nerSpans } from '../src/ner/ner-spans.js';
import { corpusReports } from './corpus-texts.js';

const PASSES = 3;
const limit = process.argv[2] ? Number(process.argv[2]) : Number.POSITIVE_INFINITY;
const docs = corpusReports(limit).map((r, n) => {
  const { tokens } = segmentStage.run(
    {},
    { documentId: documentId(`b${n}`), text: r.text, referenceDate: null, referenceWindow: null },
  );
  return { text: r.text, spans: tokens.map((t) => t.span) };
});
const tokens = docs.reduce((n, d) => n + d.spans.length, 0);

/** Best CPU seconds of PASSES passes of `work` over every document, after one untimed pass. */
const cpuSeconds = (work: (d: (typeof docs)[number]) => number): number => {
  let sink = 0;
  for (const d of docs) sink += work(d);
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < PASSES; pass++) {
    const start = process.cpuUsage();
    for (const d of docs) sink += work(d);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  if (sink < 0) throw new Error('unreachable');
  return best;
};

const model = loadNerModel();
const sitrep = cpuSeconds((d) => nerSpans(d.text, d.spans, model).length);
const { default: nlp } = await import('compromise');
const baseline = cpuSeconds((d) => {
  const c = nlp(d.text);
  return c.people().length + c.places().length + c.organizations().length;
});
console.log(
  JSON.stringify({
    tokens,
    sitrepTokensPerSec: Math.round(tokens / sitrep),
    baselineTokensPerSec: Math.round(tokens / baseline),
  }),
);
