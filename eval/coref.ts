/**
 * `npx tsx eval/coref.ts` — entity coreference of sitrep's entities stage (names, acronyms, short and
 * descriptive forms, government metonyms) and of its cross-report merge (`mergeEntities`).
 * 1. GUM news (24 Wikinews reports, within each report): gold = person / organization / place mentions that are
 *    not pronouns (named and nominal); sitrep's chains are the picture's (entity keys, then `mergeEntities` over
 *    the one report), the stage's keys alone printed beside them. Headline: MUC link precision / recall / F1
 *    (Vilain et al. 1995, link-based: recall = gold links the system's chains recover, precision = system links
 *    gold has), plus B³, CEAF-e and CoNLL F1.
 * 2. MEANTIME English (120 reports, 4 topic corpora; cross-document): gold = PER / ORG / LOC instance mentions, not
 *    pronouns; sitrep's chains are `mergeEntities` over each gold topic's reports. Headline: CoNLL F1 and B³.
 * MEANTIME is scored on its fully annotated sentences (title and first four body sentences), gold and system alike.
 * System mentions come from sitrep (no gold mentions); a system mention stands for the innermost gold mention
 * sharing its end and starting at or before it; unmatched mentions on either side stay in as singletons (twinless),
 * so missed and spurious links both count. Baselines on the same system mentions, in the same run: exact string
 * match and head (last word) match. No published score exists for these settings (they are restricted to the
 * mention types sitrep resolves, without pronouns), so the baselines are the anchors. GUM was not used to tune
 * anything. MEANTIME has no held-out split here and its errors were read while writing the cross-report rules
 * (company suffixes, country-name variants, money and time zones are no names): its figures are optimistic.
 * Last line: {"benchmark", "metrics", "anchors"}.
 */

import { entitiesStage } from '../src/analyse/entities/entities-stage.js';
import { geoStage } from '../src/analyse/geo/geo-stage.js';
import { segmentStage } from '../src/analyse/segment/segment-stage.js';
import { mergeEntities } from '../src/link/entities/merge-entities.js';
import type { EntityMention } from '../src/model/entity-mention.js';
import type { PlaceResolution } from '../src/model/geo.js';
import { documentId } from '../src/model/ids.js';
import { makeReport } from '../src/picture/fixtures/fixture-builder.js';
import { emptyAnalysis } from '../src/pipeline/empty-analysis.js';
import { type CorefScores, corefScores } from './coref-events-metrics.js';
import {
  type CorefDoc,
  type GoldMention,
  inScored,
  type SystemMention,
  unionLabels,
} from './lib/coref-align.js';
import { readGumCoref } from './lib/coref-gum.js';
import { readMeantimeCoref } from './lib/coref-meantime.js';
import { corpusPath } from './lib/corpora-dir.js';

const pct = (x: number): string => (100 * x).toFixed(2);
const r2 = (x: number): number => Math.round(x * 1e4) / 100;

interface Analysed {
  readonly doc: CorefDoc;
  readonly mentions: readonly EntityMention[];
  readonly places: readonly PlaceResolution[];
}

const analyse = (doc: CorefDoc): Analysed => {
  const ctx = {
    documentId: documentId(doc.name),
    text: doc.text,
    referenceDate: null,
    referenceWindow: null,
  };
  const seg = segmentStage.run({}, ctx);
  const { entities } = entitiesStage.run(seg, ctx);
  return {
    doc,
    mentions: entities,
    places: geoStage.run({ sentences: seg.sentences, entities }, ctx).places,
  };
};

type Chainer = (a: Analysed, m: EntityMention) => string;
const surface = (a: Analysed, m: EntityMention) => a.doc.text.slice(m.span.start, m.span.end);
const head = (a: Analysed, m: EntityMention) => surface(a, m).split(/\s+/).at(-1)!.toLowerCase();

const score = (docs: readonly Analysed[], chain: Chainer, keep: (g: GoldMention) => boolean): CorefScores => {
  const rows = docs.map((a) => ({
    doc: a.doc,
    gold: a.doc.gold.filter(keep),
    system: a.mentions
      .filter((m) => inScored(a.doc, m.span))
      .map((m): SystemMention => ({ start: m.span.start, end: m.span.end, chain: chain(a, m) })),
  }));
  const { gold, pred } = unionLabels(rows);
  return corefScores(gold, pred);
};

const header = () =>
  console.log(
    `${'system'.padEnd(36)}${'MUC P/R/F1'.padStart(22)}${'B3 P/R/F1'.padStart(22)}${'CEAF-e P/R/F1'.padStart(22)}    CoNLL`,
  );
const row = (name: string, s: CorefScores) =>
  console.log(
    `${name.padEnd(36)}${[s.muc, s.b3, s.ceafE].map((x) => `${pct(x.p)}/${pct(x.r)}/${pct(x.f1)}`.padStart(22)).join('')}${pct(s.conllF1).padStart(9)}`,
  );

/** Chains of the picture: `mergeEntities` over each topic's reports (one report per topic for GUM). */
const mergedChains = (analysed: readonly Analysed[]): Chainer => {
  const entityOf = new Map<string, string>();
  for (const topic of new Set(analysed.map((a) => a.doc.topic))) {
    const mine = analysed.filter((a) => a.doc.topic === topic);
    const docs = mine.map((a) => ({
      report: makeReport({ id: a.doc.name, text: a.doc.text }),
      analysis: { ...emptyAnalysis(documentId(a.doc.name)), entities: a.mentions, places: a.places },
    }));
    const index = mergeEntities(docs, `${topic}/`);
    for (const a of mine) for (const m of a.mentions) entityOf.set(m.id, index.entityOf(m.id) ?? `${m.id}`);
  }
  return (_a, m) => entityOf.get(m.id)!;
};

// 1. GUM news, within each report.
const gum = readGumCoref(corpusPath('gum-news', 'conllu')).map(analyse);
const all = () => true;
const named = (g: GoldMention) => g.named;
const gumSets = [
  ['named + nominal', all],
  ['named only', named],
] as const;
const within: Chainer = (a, m) => `${a.doc.name}#${m.key}`;
const exact: Chainer = (a, m) => `${a.doc.topic}|${surface(a, m)}`;
const sameHead: Chainer = (a, m) => `${a.doc.topic}|${head(a, m)}`;
const gumScores: Record<string, CorefScores> = {};
const gumMerged = mergedChains(gum);
for (const [label, keep] of gumSets) {
  const gold = gum.flatMap((a) => a.doc.gold.filter(keep));
  console.log(
    `\nGUM news (${label}): ${gum.length} reports, ${gold.length} gold mentions in ${new Set(gold.map((g) => g.chain)).size} chains, ${gum.reduce((n, a) => n + a.mentions.length, 0)} system mentions`,
  );
  header();
  row('exact-string baseline', score(gum, exact, keep));
  row('same-head baseline', score(gum, sameHead, keep));
  row('sitrep entities stage (keys)', score(gum, within, keep));
  const s = score(gum, gumMerged, keep);
  row('sitrep picture (keys + merge)', s);
  gumScores[label] = s;
}

// 2. MEANTIME, across the reports of each topic.
const meantime = readMeantimeCoref(corpusPath('meantime-en', 'intra_cross-doc_annotation')).map(analyse);
const merged = mergedChains(meantime);
const mtGold = meantime.flatMap((a) => a.doc.gold);
console.log(
  `\nMEANTIME (cross-document, 4 topics): ${meantime.length} reports, ${mtGold.length} gold mentions in ${new Set(mtGold.map((g) => g.chain)).size} chains`,
);
header();
const mtExact = score(meantime, exact, all);
row('exact-string baseline (per topic)', mtExact);
row('same-head baseline (per topic)', score(meantime, sameHead, all));
row('sitrep, within reports only', score(meantime, within, all));
const mt = score(meantime, merged, all);
row('sitrep, merged across reports', mt);

const gumAll = gumScores['named + nominal']!;
const gumExact = score(gum, exact, all);
console.log(
  JSON.stringify({
    benchmark: 'coref-entities',
    metrics: {
      gumMucP: r2(gumAll.muc.p),
      gumMucR: r2(gumAll.muc.r),
      gumMucF1: r2(gumAll.muc.f1),
      gumConllF1: r2(gumAll.conllF1),
      gumNamedMucF1: r2(gumScores['named only']!.muc.f1),
      meantimeConllF1: r2(mt.conllF1),
      meantimeB3P: r2(mt.b3.p),
      meantimeB3R: r2(mt.b3.r),
      meantimeB3F1: r2(mt.b3.f1),
      meantimeMucF1: r2(mt.muc.f1),
    },
    anchors: {
      gumExactStringMucF1: r2(gumExact.muc.f1),
      meantimeExactStringConllF1: r2(mtExact.conllF1),
      meantimeExactStringB3F1: r2(mtExact.b3.f1),
      published: 'none for these settings',
      meantimeTunedOn: true,
    },
  }),
);
