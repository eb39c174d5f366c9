/**
 * npm run eval:entities — span-exact P/R/F1 of sitrep's entities stage (segment + entities, the names the picture
 * lists) on CoNLL-2003 dev and test and CoNLL++ test, beside the committed tagger alone (eval:ner's model) on the
 * same documents in the same run. Each document's sentences are joined one per line, words by spaces. Stage types
 * map to CoNLL's: person → PER, organization and group → ORG, place → LOC, other → MISC; anaphoric mentions ("the
 * broadcaster", "U.S. officials" for the government) are no names and are left out, except a surname after its
 * full name, which the stage marks anaphoric only to link it. The stage is tuned on dev (train for the tagger); test is reported.
 * Last line: JSON.
 */
import { join } from 'node:path';
import { corporaDir } from '../scripts/ner-paths.js';
import { entitiesStage } from '../src/analyse/entities/entities-stage.js';
import { segmentStage } from '../src/analyse/segment/segment-stage.js';
import { documentId } from '../src/model/ids.js';
import { loadNerModel } from '../src/ner/load-ner-model.js';
import { SpanScorer } from '../src/ner/span-scorer.js';
import { tagDocument } from '../src/ner/tag-document.js';
import { byDocument, readTagged, type TaggedSentence } from './conll.js';

const TYPE: Readonly<Record<string, string>> = {
  person: 'PER',
  organization: 'ORG',
  group: 'ORG',
  place: 'LOC',
  other: 'MISC',
};
const PLO = ['PER', 'ORG', 'LOC'];
const ALL = ['PER', 'ORG', 'LOC', 'MISC'];
const model = loadNerModel();
const corpora = corporaDir();
const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/** The stage's names over one document as BIO tags per sentence. */
const stageTags = (doc: readonly TaggedSentence[], n: number): string[][] => {
  let text = '';
  const starts: number[][] = [];
  for (const s of doc) {
    starts.push(
      s.words.map((w, i) => {
        if (i > 0) text += ' ';
        const at = text.length;
        text += w;
        return at;
      }),
    );
    text += '\n';
  }
  const ctx = { documentId: documentId(`conll-${n}`), text, referenceDate: null, referenceWindow: null };
  const { entities } = entitiesStage.run(segmentStage.run({}, ctx), ctx);
  const tags = doc.map((s) => s.words.map(() => 'O'));
  for (const m of entities) {
    // A people named by its nationality ("Pakistanis": a group, rule `population`) is CoNLL's MISC.
    const type = m.evidence.rule === 'population' ? 'MISC' : TYPE[m.type];
    // A surname after its full name ("Lukashenko") is a name, though the stage marks it anaphoric to link it.
    if (type === undefined || (m.anaphoric && m.evidence.rule !== 'surname')) continue;
    doc.forEach((s, si) => {
      let inside = false;
      s.words.forEach((w, wi) => {
        const at = starts[si]![wi]!;
        if (at >= m.span.start && at + w.length <= m.span.end) {
          tags[si]![wi] = `${inside ? 'I' : 'B'}-${type}`;
          inside = true;
        }
      });
    });
  }
  return tags;
};

const evaluate = (name: string, sentences: readonly TaggedSentence[]) => {
  const stage = { plo: new SpanScorer(), all: new SpanScorer() };
  const tagger = { plo: new SpanScorer(), all: new SpanScorer() };
  byDocument(sentences).forEach((doc, n) => {
    const fromStage = stageTags(doc, n);
    const fromTagger = tagDocument(
      model,
      doc.map((s) => s.words),
    );
    doc.forEach((s, i) => {
      stage.plo.add(s.tags, fromStage[i] ?? [], PLO);
      stage.all.add(s.tags, fromStage[i] ?? [], ALL);
      tagger.plo.add(s.tags, fromTagger[i] ?? [], PLO);
      tagger.all.add(s.tags, fromTagger[i] ?? [], ALL);
    });
  });
  console.log(`\n${name} (${sentences.length} sentences)\n  type         stage P  R       F1      tagger F1`);
  for (const t of [...ALL, 'ALL']) {
    const r = stage.all.result(t);
    console.log(
      `  ${t.padEnd(5)}      ${pct(r.p)}  ${pct(r.r)}  ${pct(r.f1)}   ${pct(tagger.all.result(t).f1)}`,
    );
  }
  const plo = stage.plo.result();
  console.log(`  PER/ORG/LOC ${pct(plo.p)}  ${pct(plo.r)}  ${pct(plo.f1)}   ${pct(tagger.plo.result().f1)}`);
  return {
    stage_f1: round(stage.all.result().f1),
    stage_plo_f1: round(plo.f1),
    tagger_f1: round(tagger.all.result().f1),
    tagger_plo_f1: round(tagger.plo.result().f1),
  };
};

const dev = evaluate('CoNLL-2003 dev', readTagged(join(corpora, 'conll2003-en', 'valid.txt'), 'conll'));
const test = evaluate('CoNLL-2003 test', readTagged(join(corpora, 'conll2003-en', 'test.txt'), 'conll'));
const pp = evaluate('CoNLL++ test', readTagged(join(corpora, 'conllpp-test', 'conllpp_test.txt'), 'conll'));
console.log(
  JSON.stringify({
    benchmark: 'entities-stage-conll',
    metrics: { conll2003_dev: dev, conll2003_test: test, conllpp_test: pp },
    anchors: { 'stanford-crf': 0.869, 'ratinov-roth-2009': 0.908, flair: 0.932 },
  }),
);
