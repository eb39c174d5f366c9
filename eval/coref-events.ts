/**
 * npm run eval:coref-events — cross-report event coreference on ECB+ test topics with gold event mentions
 * (ACTION_* and NEG_ACTION_* markables in the sentences ECB+ declares complete; singletons kept): MUC, B-cubed,
 * CEAF-e and CoNLL F1 of sitrep's `eventChains` (same story, same event family) over the stories `groupStories`
 * forms, next to the same-lemma baseline (same head lemma inside a gold topic) in the same run. Tuned on dev. Last line: {"benchmark", "metrics", "anchors"}.
 */
import { resolve } from 'node:path';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { eventChains } from '../src/link/events/event-chains.js';
import { groupStories } from '../src/link/stories/group-stories.js';
import { type CorefScores, corefScores } from './coref-events-metrics.js';
import { corporaDir } from './lib/corpora-dir.js';
import { type CatDoc, ecbCompleteSentences, ecbTopic, readCatFolder } from './lib/ecb-reader.js';
import { storyDoc } from './lib/ecb-story-docs.js';

const CORPORA = corporaDir();
const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1]! : 'test';
const nlp = winkNLP(model);
const its = nlp.its;
const pct = (x: number): string => (100 * x).toFixed(2);

interface Mention {
  readonly doc: string;
  readonly topic: string;
  readonly lemma: string;
  readonly type: string;
  readonly gold: string;
}

/** Head lemma of a mention: its verb if it has one, else its last noun, else its last word. */
const headLemmas = (doc: CatDoc, complete: Set<string>): Mention[] => {
  const out: Mention[] = [];
  for (const s of doc.sentences) {
    if (!complete.has(`${doc.name}#${s.n}`)) continue;
    const events = doc.mentions.filter(
      (m) => m.sentence === s.n && (m.type.startsWith('ACTION_') || m.type.startsWith('NEG_ACTION_')),
    );
    if (events.length === 0) continue;
    const sentence = doc.text.slice(s.start, s.end);
    const words = sentence.split(' ');
    const read = nlp.readDoc(sentence);
    const lemmas = read.tokens().out(its.lemma as never) as unknown as string[];
    const pos = read.tokens().out(its.pos) as string[];
    const values = read.tokens().out() as string[];
    // wink token starts, found in order; a corpus word maps to the first wink token starting inside it
    const starts: number[] = [];
    let cursor = 0;
    for (const v of values) {
      const at = sentence.indexOf(v, cursor);
      starts.push(at < 0 ? cursor : at);
      if (at >= 0) cursor = at + v.length;
    }
    const tokenAt: number[] = [];
    let offset = 0;
    for (const w of words) {
      tokenAt.push(starts.findIndex((x) => x >= offset && x < offset + w.length));
      offset += w.length + 1;
    }
    for (const m of events) {
      const first = doc.text.slice(s.start, m.start).split(' ').length - 1;
      const n = m.text.split(' ').length;
      const idx = Array.from({ length: n }, (_, i) => tokenAt[first + i] ?? -1).filter((i) => i >= 0);
      const pick =
        idx.find((i) => pos[i] === 'VERB') ?? [...idx].reverse().find((i) => pos[i] === 'NOUN') ?? idx.at(-1);
      const lemma = pick === undefined ? m.text.toLowerCase() : (lemmas[pick] ?? m.text).toLowerCase();
      out.push({
        doc: doc.name,
        topic: ecbTopic(doc.name).topic,
        lemma,
        type: m.type,
        gold: m.chain ?? `${doc.name}#${m.id}`,
      });
    }
  }
  return out;
};

const docs = readCatFolder(resolve(CORPORA, 'ecbplus', split));
const complete = ecbCompleteSentences(resolve(CORPORA, 'ecbplus', 'ECBplus_coreference_sentences.csv'));
const mentions = docs.flatMap((d) => headLemmas(d, complete));
const storyOf = new Map<string, string>();
groupStories(docs.map((d) => storyDoc(d.name, d.text))).forEach((g, k) => {
  for (const d of g) storyOf.set(d.report.id, `s${k}`);
});
const gold = mentions.map((m) => m.gold);
const label = (chains: number[]): string[] => chains.map(String);
/** The same-lemma baseline: mentions of one gold topic with the same head lemma corefer. */
const sameLemma = (): string[] => mentions.map((m) => `${m.topic}|${m.lemma}`);
const baseline = corefScores(gold, sameLemma());
const sitrep = corefScores(
  gold,
  label(eventChains(mentions.map((m) => ({ story: storyOf.get(m.doc)!, lemma: m.lemma })))),
);

const row = (name: string, s: CorefScores) =>
  console.log(
    `${name.padEnd(34)}${[s.muc, s.b3, s.ceafE].map((x) => `${pct(x.p)}/${pct(x.r)}/${pct(x.f1)}`.padStart(22)).join('')}${pct(s.conllF1).padStart(9)}`,
  );
console.log(
  `ECB+ ${split}: ${docs.length} reports, ${mentions.length} gold event mentions, ${new Set(gold).size} gold chains`,
);
console.log(
  `${'system'.padEnd(34)}${'MUC P/R/F1'.padStart(22)}${'B3 P/R/F1'.padStart(22)}${'CEAF-e P/R/F1'.padStart(22)}    CoNLL`,
);
row('same-lemma baseline (gold topics)', baseline);
row('sitrep (stories + event families)', sitrep);
const r2 = (x: number): number => Math.round(x * 1e4) / 100;
console.log(
  JSON.stringify({
    benchmark: `coref-events-ecbplus-${split}`,
    metrics: {
      conllF1: r2(sitrep.conllF1),
      mucF1: r2(sitrep.muc.f1),
      b3F1: r2(sitrep.b3.f1),
      ceafeF1: r2(sitrep.ceafE.f1),
      overBaseline: r2(sitrep.conllF1 - baseline.conllF1),
    },
    anchors: { sameLemmaBaselineConllF1: r2(baseline.conllF1), bar: r2(baseline.conllF1 + 0.05) },
  }),
);
