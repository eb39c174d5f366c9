import { createHash } from 'node:crypto';
import type { IsoDate } from '../model/date.js';
import { type DocumentId, documentId, mentionId } from '../model/ids.js';
import type { Analysis } from '../model/layers.js';
import type { Picture } from '../model/picture.js';
import type { Report } from '../model/report.js';
import { type Span, span } from '../model/span.js';
import type { StoreItem } from './store.js';

/** Small hand-built reports and analyses for store tests: unicode text, spans, nulls and booleans. */

const at = (text: string, needle: string): Span => {
  const start = text.indexOf(needle);
  if (start < 0) throw new RangeError(`fixture text lacks "${needle}"`);
  return span(start, start + needle.length);
};

export const fixtureText = (n: number): string =>
  `Nearly ${n} civilians fled eastern Aleppo 🌍 on Saturday, the Observatory said. «قصف» continued — reportedly.`;

export const fixtureReport = (n: number, over: Partial<Report> = {}): Report => {
  const text = over.text ?? fixtureText(n);
  return {
    id: documentId(`d${n.toString(16).padStart(6, '0')}`),
    path: n % 2 === 0 ? `reports/r${n}.txt` : `feed.jsonl#${n}`,
    format: n % 2 === 0 ? 'text' : 'jsonl',
    title: n % 3 === 0 ? null : `Civilians flee Aleppo — report ${n} ✓`,
    outlet: n % 2 === 0 ? 'Agence 🌐' : null,
    url: n % 2 === 0 ? `https://example.org/r/${n}` : null,
    published: n % 3 === 0 ? null : ('2016-11-27' as IsoDate),
    publishedInferred: n % 2 === 1,
    text,
    raw: `Title: x\n\n${text}\n`,
    offsetMap: n % 2 === 0 ? [{ textStart: 0, rawStart: 10, length: text.length }] : [],
    contentHash: createHash('sha256').update(text).digest('hex'),
    signature: [n, 4294967295, 0, 17 * n],
    duplicateOf: null,
    ...over,
  };
};

export const fixtureAnalysis = (report: Report): Analysis => {
  const { id, text } = report;
  const evidence = (s: Span, producer: `${string}@${number}`, rule: string, confidence: number) => ({
    documentId: id,
    span: s,
    producer,
    rule,
    confidence,
  });
  const [figure, aleppo, saturday, observatory, said, fled] = [
    at(text, 'Nearly'),
    at(text, 'Aleppo'),
    at(text, 'Saturday'),
    at(text, 'the Observatory'),
    at(text, 'said'),
    at(text, 'fled'),
  ];
  const sentence = span(0, text.indexOf('.') + 1);
  return {
    documentId: id,
    producers: ['analyse.segment@1', 'analyse.entities@2'],
    sentences: [{ span: sentence }, { span: span(sentence.end + 1, text.length) }],
    tokens: [
      { span: at(text, 'civilians'), kind: 'word', norm: 'civilians', pos: 'NOUN', sentence: 0 },
      { span: at(text, '🌍'), kind: 'symbol', norm: '🌍', pos: null, sentence: 0 },
    ],
    entities: [
      {
        id: mentionId(id, 'e', 0),
        span: aleppo,
        type: 'place',
        key: 'aleppo',
        name: 'Aleppo',
        anaphoric: false,
        evidence: evidence(aleppo, 'analyse.entities@2', 'gazetteer', 0.9),
      },
      {
        id: mentionId(id, 'e', 1),
        span: observatory,
        type: 'organization',
        key: 'syrian observatory for human rights',
        name: 'the Observatory',
        anaphoric: true,
        evidence: evidence(observatory, 'analyse.entities@2', 'alias', 0.75),
      },
    ],
    places: [
      {
        mentionId: mentionId(id, 'e', 0),
        geo: { lat: 36.2021, lon: 37.1343, precision: 'city', gazetteerId: 'geonames:170063', country: 'SY' },
        withinMentionId: null,
        evidence: evidence(aleppo, 'analyse.geo@1', 'population', 1),
      },
    ],
    times: [
      {
        id: mentionId(id, 't', 0),
        span: saturday,
        type: 'DATE',
        value: '2016-11-26',
        range: { start: '2016-11-26' as IsoDate, end: '2016-11-26' as IsoDate, precision: 'day' },
        relation: 'at',
        evidence: evidence(saturday, 'analyse.time@1', 'weekday-before-reference', 0.8),
      },
    ],
    figures: [
      {
        id: mentionId(id, 'f', 0),
        span: span(figure.start, at(text, 'civilians').end),
        value: null,
        low: null,
        high: report.signature[0] ?? 0,
        unit: 'people',
        approximate: true,
        approximator: figure,
        what: 'civilians',
        measure: 'fled',
        partOf: null,
        restates: null,
        timeId: mentionId(id, 't', 0),
        placeId: mentionId(id, 'e', 0),
        evidence: evidence(figure, 'analyse.figures@1', 'approx-upper', 0.7),
      },
    ],
    attributions: [
      {
        id: mentionId(id, 'a', 0),
        source: observatory,
        sourceMentionId: mentionId(id, 'e', 1),
        cue: said,
        content: span(0, text.indexOf(',')),
        stance: 'asserts',
        direct: false,
        hedges: [at(text, 'reportedly')],
        refersTo: null,
        evidence: evidence(said, 'analyse.attribution@1', 'trailing-said', 0.85),
      },
    ],
    events: [
      {
        id: mentionId(id, 'v', 0),
        trigger: fled,
        span: sentence,
        type: 'displacement',
        modality: 'happened',
        actorIds: [],
        targetIds: [mentionId(id, 'e', 0)],
        placeId: mentionId(id, 'e', 0),
        extent: null,
        timeId: null,
        figureIds: [mentionId(id, 'f', 0)],
        attributionId: mentionId(id, 'a', 0),
        evidence: evidence(fled, 'analyse.events@1', 'trigger:fled', 0.6),
      },
    ],
  };
};

export const fixtureItem = (n: number, over: Partial<Report> = {}): StoreItem => {
  const report = fixtureReport(n, over);
  return { report, analysis: fixtureAnalysis(report) };
};

export const fixturePicture = (version: string, ids: readonly DocumentId[]): Picture => ({
  sitrep: version,
  documents: ids.map((id, i) => ({
    id,
    path: `r${i}.txt`,
    title: i === 0 ? null : 'Aleppo — «حلب» 🌍',
    outlet: null,
    url: null,
    published: '2016-11-27' as IsoDate,
    publishedInferred: i % 2 === 0,
    duplicateOf: null,
    text: fixtureText(i),
  })),
  stories: [
    {
      id: 's1',
      title: 'Aleppo offensive',
      documentIds: [...ids],
      entities: [],
      events: [],
      figures: [],
      claims: [],
      conflicts: [],
      timeline: [{ date: '2016-11-26' as IsoDate, eventIds: [] }],
      control: [],
      briefing: [
        { text: 'Civilians fled.', citations: ids.map((documentId) => ({ documentId, start: 0, end: 6 })) },
      ],
    },
  ],
});
