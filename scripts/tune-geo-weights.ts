/**
 * `npx tsx scripts/tune-geo-weights.ts [--write]` — tunes the geo resolver's candidate weights
 * (src/analyse/geo/candidate-weights.ts) on the DEV half only of the geoparsing corpora (TR-News, LGL,
 * GeoWebNews; eval/geo.ts reports on the other half). Objective: the mean over the three corpora of
 * accuracy@161km with gold toponym spans, plus the smallest margin of a corpus over its bar (TR-News 0.85, LGL
 * 0.80, GeoWebNews 0.90), so that the corpus nearest its bar weighs most. Method: deterministic coordinate
 * ascent from the current weights, trying fixed steps per weight in a fixed order, keeping a change only if it
 * raises the objective by more than 0.0005 (about one toponym in a thousand); stops when a round changes
 * nothing. Prints the weights; with --write rewrites candidate-weights.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../eval/lib/corpora-dir.js';
import { type GeoDoc, readGazTagged, readGeoWebNews, splitHalves } from '../eval/lib/geo-corpora.js';
import { FEATURE_NAMES, type Features } from '../src/analyse/geo/candidate-features.js';
import { CANDIDATE_WEIGHTS } from '../src/analyse/geo/candidate-weights.js';
import { type DocumentCandidates, documentCandidates } from '../src/analyse/geo/document-candidates.js';
import { resolvePoints } from '../src/analyse/geo/resolve-points.js';
import { haversineKm } from '../src/geo/haversine-km.js';

interface Prepared {
  readonly text: string;
  readonly spans: readonly { readonly start: number; readonly end: number }[];
  readonly candidates: DocumentCandidates;
  readonly gold: readonly (readonly [number, number])[];
}

const prepare = (docs: readonly GeoDoc[]): Prepared[] =>
  docs.map((d) => {
    const gold = d.toponyms.filter((t) => t.lat !== null && t.lon !== null);
    return {
      text: d.text,
      spans: gold,
      candidates: documentCandidates(d.text, gold),
      gold: gold.map((t) => [t.lat!, t.lon!] as const),
    };
  });

const accuracy = (docs: readonly Prepared[], w: Features): number => {
  let hit = 0;
  let n = 0;
  for (const d of docs) {
    resolvePoints(d.text, d.spans, d.candidates, w).forEach((r, i) => {
      const [lat, lon] = d.gold[i]!;
      if (r && haversineKm(lat, lon, r.geo.lat, r.geo.lon) <= 161) hit += 1;
      n += 1;
    });
  }
  return n ? hit / n : 0;
};

const corpora = [readGazTagged('TR-News.xml'), readGazTagged('lgl.xml'), readGeoWebNews()].map((docs) =>
  prepare(splitHalves(docs).dev),
);
/** The project's bars for accuracy@161km (eval/geo.ts), in the order of `corpora`. */
const BARS = [0.85, 0.8, 0.9];
const objective = (w: Features): number => {
  const acc = corpora.map((docs) => accuracy(docs, w));
  const margin = Math.min(...acc.map((a, i) => a - BARS[i]!));
  return acc.reduce((a, b) => a + b, 0) / acc.length + margin;
};

const STEPS = [-4, -2, -1, -0.5, 0.5, 1, 2, 4];
let weights: Record<string, number> = { ...CANDIDATE_WEIGHTS };
let score = objective(weights as Features);
console.log(`start ${score.toFixed(4)}`);
for (let round = 1; round <= 8; round += 1) {
  let changed = false;
  for (const k of FEATURE_NAMES) {
    let bestW = weights;
    let bestS = score;
    for (const step of STEPS) {
      const w = { ...weights, [k]: Math.round((weights[k]! + step) * 100) / 100 };
      const s = objective(w as Features);
      if (s > bestS + 0.0005) {
        bestW = w;
        bestS = s;
      }
    }
    if (bestW !== weights) {
      console.log(`  round ${round}: ${k} ${weights[k]} → ${bestW[k]}  ${bestS.toFixed(4)}`);
      weights = bestW;
      score = bestS;
      changed = true;
    }
  }
  if (!changed) break;
}
console.log(`end ${score.toFixed(4)}`);
console.log(JSON.stringify(weights));
if (process.argv.includes('--write')) {
  const file = join(REPO_ROOT, 'src', 'analyse', 'geo', 'candidate-weights.ts');
  const src = readFileSync(file, 'utf8');
  const body = FEATURE_NAMES.map((k) => `  ${k}: ${weights[k]},`).join('\n');
  writeFileSync(file, src.replace(/= \{\n[\s\S]*?\n\};/, `= {\n${body}\n};`));
  console.log(`wrote ${file}`);
}
