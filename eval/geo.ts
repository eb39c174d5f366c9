/**
 * npm run eval:geo — offline geocoding on the Gritta geoparsing gold (TR-News, LGL, GeoWebNews).
 * (a) gold toponym spans given: accuracy within 161 km and mean error (km) of sitrep's resolver;
 * (b) raw text: toponym recognition P/R/F1 (exact span) of sitrep's segment + entities stages.
 * Split: in each corpus, articles at even positions are dev (tuning), odd positions test (reported).
 * Flags: --dev reports the dev half; --errors prints the dev half's misses by category (largest first);
 * --geocode-only skips (b). GeoVirus (whole; Wikipedia coordinates, no bar) is geocoded too, as a second check
 * beside the dev half when tuning.
 * Unresolved gold toponyms count as wrong, with error 20,039 km (half the Earth's circumference, Gritta et al.).
 */

import { entitiesStage } from '../src/analyse/entities/entities-stage.js';
import { placeCandidates } from '../src/analyse/geo/place-candidates.js';
import { resolvePlaces } from '../src/analyse/geo/resolve-places.js';
import { segmentStage } from '../src/analyse/segment/segment-stage.js';
import { gazetteerEntry } from '../src/geo/lookup-place.js';
import type { EntityMention } from '../src/model/entity-mention.js';
import { documentId, mentionId } from '../src/model/ids.js';
import { span } from '../src/model/span.js';
import { type GeoDoc, haversineKm, readGazTagged, readGeoWebNews, splitHalves } from './lib/geo-corpora.js';
import { type GeocodedToponym, printMissCategories } from './lib/geo-errors.js';
import { readGeoVirus } from './lib/geo-virus.js';

const MAX_KM = 20039;
/** GeoWebNews types that are not toponyms (expressions such as "the city", and non-place homographs). */
const NOT_TOPONYM = new Set(['Non_Toponym', 'Literal_Expression', 'Non_Lit_Expression']);
const round = (x: number, d = 4): number => Math.round(x * 10 ** d) / 10 ** d;

const geocode = (docs: readonly GeoDoc[]) => {
  let n = 0;
  let hit = 0;
  let km = 0;
  const rows: GeocodedToponym[] = [];
  for (const d of docs) {
    const id = documentId(`geo-${d.id}`);
    const gold = d.toponyms.filter((t) => t.lat !== null && t.lon !== null);
    const mentions: EntityMention[] = gold.map((t, i) => {
      const s = span(t.start, t.end);
      const name = d.text.slice(t.start, t.end);
      const evidence = {
        documentId: id,
        span: s,
        producer: 'eval.gold@1' as const,
        rule: 'gold',
        confidence: 1,
      };
      return {
        id: mentionId(id, 'e', i),
        span: s,
        type: 'place',
        key: name,
        name,
        anaphoric: false,
        evidence,
      };
    });
    const byMention = new Map(resolvePlaces(d.text, mentions, id).map((p) => [p.mentionId, p.geo]));
    gold.forEach((t, i) => {
      const g = byMention.get(mentions[i]!.id);
      const err = g ? haversineKm(t.lat!, t.lon!, g.lat, g.lon) : MAX_KM;
      n += 1;
      km += err;
      if (err <= 161) hit += 1;
      const name = d.text.slice(t.start, t.end);
      const chosen = g?.gazetteerId ? gazetteerEntry(g.gazetteerId) : null;
      const candidates = placeCandidates(name);
      rows.push({
        name,
        lat: t.lat!,
        lon: t.lon!,
        goldKind: t.featureCode ?? t.type,
        chosen,
        candidates,
        km: err,
      });
    });
  }
  return { n, acc161: round(hit / n), meanKm: round(km / n, 1), rows };
};

const recognise = (docs: readonly GeoDoc[]) => {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const d of docs) {
    const ctx = {
      documentId: documentId(`geo-${d.id}`),
      text: d.text,
      referenceDate: null,
      referenceWindow: null,
    };
    const { entities } = entitiesStage.run(segmentStage.run({}, ctx), ctx);
    const got = new Set(
      entities.filter((e) => e.type === 'place' && !e.anaphoric).map((e) => `${e.span.start}:${e.span.end}`),
    );
    const want = new Set(
      d.toponyms.filter((t) => t.type === null || !NOT_TOPONYM.has(t.type)).map((t) => `${t.start}:${t.end}`),
    );
    predicted += got.size;
    gold += want.size;
    for (const k of got) if (want.has(k)) tp += 1;
  }
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p: round(p), r: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0), gold };
};

const corpora = {
  trNews: readGazTagged('TR-News.xml'),
  lgl: readGazTagged('lgl.xml'),
  geoWebNews: readGeoWebNews(),
};
const metrics: Record<string, unknown> = {};
const errorRows = new Map<string, GeocodedToponym[]>();
// Error analysis looks at the dev half only: the test half is for reporting.
const errors = process.argv.includes('--errors');
const split = process.argv.includes('--dev') || errors ? 'dev' : 'test';
console.log(`Geocoding with gold toponyms (${split} half; --dev for the tuning half)`);
console.log('  corpus        n    acc@161km  mean km');
for (const [name, docs] of Object.entries(corpora)) {
  const half = splitHalves(docs)[split];
  const { rows, ...g } = geocode(half);
  console.log(`  ${name.padEnd(11)} ${String(g.n).padStart(5)}   ${g.acc161.toFixed(3)}    ${g.meanKm}`);
  metrics[name] = { geocoding: g };
  if (errors) errorRows.set(name, rows);
}
{
  const { rows: _rows, ...g } = geocode(readGeoVirus());
  console.log(
    `  ${'geoVirus'.padEnd(11)} ${String(g.n).padStart(5)}   ${g.acc161.toFixed(3)}    ${g.meanKm}  (all; no bar)`,
  );
  metrics.geoVirus = { geocoding: g };
}
for (const [name, rows] of errorRows) printMissCategories(`${name} (dev) misses`, rows);
if (!process.argv.includes('--geocode-only')) {
  console.log(
    '\nToponym recognition from raw text (exact span)\n  corpus        P       R       F1     gold',
  );
  for (const [name, docs] of Object.entries(corpora)) {
    const r = recognise(splitHalves(docs)[split]);
    console.log(`  ${name.padEnd(11)} ${r.p.toFixed(3)}   ${r.r.toFixed(3)}   ${r.f1.toFixed(3)}  ${r.gold}`);
    (metrics[name] as Record<string, unknown>).recognition = r;
  }
}
console.log(
  JSON.stringify({
    benchmark: `geo (geoparsing-gritta, ${split} half)`,
    metrics,
    anchors: {
      bars_acc161: { trNews: 0.85, lgl: 0.8, geoWebNews: 0.9 },
      mordecai3_acc161: { trNews: 0.873, lgl: 0.827, geoWebNews: 0.941 },
    },
  }),
);
