/**
 * npx tsx eval/event-times.ts [--errors] — which time expression dates which event, on TempEval-3 TBAQ (the tuning
 * set). The gold EVENTs and TIMEX3s of each sentence go through assignTimes, with the events stage's ownClause
 * and, for comparison, without it (rolesAtTrigger too uses ownClause since events@11). An event with a TLINK to a
 * timex of its own sentence counts as linked when it is given one of its linked timexes, other when given
 * another, none when given none; "overlap" keeps only the links that put the event at its time (not BEFORE /
 * AFTER / IBEFORE / IAFTER). Also: how often a timex that premodifies a noun ("the 1972 killing") is linked to an
 * event in that noun, or outside it.
 */
import { join } from 'node:path';
import { assignTimes } from '../src/analyse/events/assign-times.js';
import { tokenRange } from '../src/analyse/events/clause-of.js';
import { ownClause } from '../src/analyse/events/own-clause.js';
import { premodifiedNominal } from '../src/analyse/events/premodified-nominal.js';
import { segmentStage } from '../src/analyse/segment/segment-stage.js';
import { type DocumentId, documentId, mentionId } from '../src/model/ids.js';
import { span } from '../src/model/span.js';
import type { TimeMention, TimexType } from '../src/model/time-mention.js';
import { corporaDir } from './lib/corpora-dir.js';
import { readTlinkDir, type TlinkDoc, type TmlMark } from './lib/timeml-tlinks.js';

const ERRORS = process.argv.includes('--errors');
const ORDER_LINKS = new Set(['BEFORE', 'AFTER', 'IBEFORE', 'IAFTER']);
const tbaq = join(corporaDir(), 'tempeval3', 'Training', 'TBAQ-cleaned');
const docs = [...readTlinkDir(join(tbaq, 'TimeBank')), ...readTlinkDir(join(tbaq, 'AQUAINT'))];

interface Tally {
  linked: number;
  other: number;
  none: number;
}
const tally = (): Tally => ({ linked: 0, other: 0, none: 0 });
const tallies = {
  'all links, + ownClause': tally(),
  'all links, alone': tally(),
  'overlap links, + ownClause': tally(),
  'overlap links, alone': tally(),
};
/** Premodifying timexes linked to an event: inside their noun, outside it. */
const premod = { inside: 0, outside: 0 };
const count = (t: Tally, pick: string | null, gold: ReadonlySet<string>) => {
  if (gold.size === 0) return;
  if (pick === null) t.none += 1;
  else if (gold.has(pick)) t.linked += 1;
  else t.other += 1;
};

const goldTime = (docId: DocumentId, start: number, end: number, i: number) => ({
  id: mentionId(docId, 't', i + 1),
  span: span(start, end),
  evidence: {
    documentId: docId,
    span: span(start, end),
    producer: 'gold@1' as const,
    rule: 'gold',
    confidence: 1,
  },
});

const scoreDoc = (doc: TlinkDoc) => {
  const docId = documentId(doc.name);
  const ctx = { documentId: docId, text: doc.text, referenceDate: null, referenceWindow: null };
  const { sentences, tokens } = segmentStage.run({}, ctx);
  for (const [si, s] of sentences.entries()) {
    const inside = (m: TmlMark) => m.start >= s.span.start && m.end <= s.span.end;
    const events = doc.events.filter(inside);
    const timexes = doc.timexes.filter(inside);
    if (events.length === 0 || timexes.length === 0) continue;
    const toks = tokens.filter((k) => k.sentence === si);
    const times: TimeMention[] = timexes.map((t, i) => ({
      ...goldTime(docId, t.start, t.end, i),
      type: t.type as TimexType,
      value: t.value,
      range: null,
      relation: 'at',
    }));
    const spans = events.map((e) => span(e.start, e.end));
    const ranges = spans.map((e) => tokenRange(toks, e.start, e.end));
    const tidOf = (id: string | null) => timexes[times.findIndex((t) => t.id === id)]?.id ?? null;
    const fitted = assignTimes(spans, times, ownClause(doc.text, toks, ranges, times)).map(tidOf);
    const bare = assignTimes(spans, times).map(tidOf);
    const nominals = timexes.map((t) => premodifiedNominal(toks, tokenRange(toks, t.start, t.end)));
    const said = (m: TmlMark | undefined) => (m ? doc.text.slice(m.start, m.end) : '-');
    events.forEach((e, ei) => {
      const links = doc.links.filter((l) => l.eventId === e.id && timexes.some((t) => t.id === l.timeId));
      const all = new Set(links.map((l) => l.timeId));
      const overlap = new Set(links.filter((l) => !ORDER_LINKS.has(l.relType)).map((l) => l.timeId));
      count(tallies['all links, + ownClause'], fitted[ei]!, all);
      count(tallies['all links, alone'], bare[ei]!, all);
      count(tallies['overlap links, + ownClause'], fitted[ei]!, overlap);
      count(tallies['overlap links, alone'], bare[ei]!, overlap);
      if (ERRORS && all.size > 0 && !all.has(fitted[ei] ?? '')) {
        const linked = timexes.filter((t) => all.has(t.id)).map(said);
        const at = doc.text.slice(s.span.start, s.span.end).replace(/\s+/g, ' ');
        const given = said(timexes.find((t) => t.id === fitted[ei]));
        console.log(`  ${said(e)} → ${given} (linked: ${linked.join(' | ')}): ${at}`);
      }
      timexes.forEach((t, ti) => {
        const n = nominals[ti]?.noun;
        if (!all.has(t.id) || !n) return;
        const r = ranges[ei]!;
        if (r.first >= n.first && r.last <= n.last) premod.inside += 1;
        else premod.outside += 1;
      });
    });
  }
};

for (const d of docs) scoreDoc(d);
const pct = (x: number, n: number) => (n === 0 ? '   n/a' : ((100 * x) / n).toFixed(2).padStart(6));
const total = (t: Tally) => t.linked + t.other + t.none;
console.log(`TBAQ (tuning): ${docs.length} docs; events with a TLINK to a timex of their own sentence`);
for (const [name, t] of Object.entries(tallies)) {
  const n = total(t);
  console.log(
    `${name.padEnd(27)} ${String(n).padStart(5)}  linked ${pct(t.linked, n)}  other ${pct(t.other, n)}  none ${pct(t.none, n)}  precision ${pct(t.linked, t.linked + t.other)}`,
  );
}
console.log(
  `premodifying timexes linked to an event: in their noun ${premod.inside}, outside ${premod.outside}`,
);
const rate = (t: Tally) => Math.round((1e4 * t.linked) / Math.max(1, total(t))) / 1e4;
const precision = (t: Tally) => Math.round((1e4 * t.linked) / Math.max(1, t.linked + t.other)) / 1e4;
console.log(
  JSON.stringify({
    benchmark: 'event-times',
    metrics: {
      tbaq_linked_rate: rate(tallies['all links, + ownClause']),
      tbaq_precision: precision(tallies['all links, + ownClause']),
      tbaq_overlap_linked_rate: rate(tallies['overlap links, + ownClause']),
      tbaq_overlap_precision: precision(tallies['overlap links, + ownClause']),
    },
    // No published anchor for this check: the baseline is assignTimes without the clause filter, same run.
    anchors: {
      withoutClauseLinkedRate: rate(tallies['all links, alone']),
      withoutClausePrecision: precision(tallies['all links, alone']),
    },
  }),
);
