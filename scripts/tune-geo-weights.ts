/**
 * `npx tsx scripts/tune-geo-weights.ts [--write]` — tunes the geo resolver's candidate weights
 * (src/analyse/geo/candidate-weights.ts) on the DEV half only of the geoparsing corpora (TR-News, LGL,
 * GeoWebNews; eval/geo.ts reports on the other half). Objective: the mean over the three corpora of
 * accuracy@161km with gold toponym spans. Method: deterministic coordinate ascent from the current weights,
 * trying fixed steps per weight in a fixed order, keeping a change only if it raises the objective by more
 * than 0.0005 (about one toponym in a thousand); stops when a round changes nothing. Prints the weights; with
 * --write rewrites candidate-weights.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../eval/lib/corpora-dir.js';
import { type GeoDoc, readGazTagged, readGeoWebNews, splitHalves } from '../eval/lib/geo-corpora.js';
import { FEATURE_NAMES, type Features, type MentionInfo } from '../src/analyse/geo/candidate-features.js';
import { CANDIDATE_WEIGHTS } from '../src/analyse/geo/candidate-weights.js';
import { choosePlaces, mainTown } from '../src/analyse/geo/choose-places.js';
import { countryFocus } from '../src/analyse/geo/country-focus.js';
import { fallbackPoint } from '../src/analyse/geo/fallback-point.js';
import { mentionInfos } from '../src/analyse/geo/mention-info.js';
import { isAccidentalPlaceName, placeCandidates } from '../src/analyse/geo/place-candidates.js';
import type { GazetteerEntry } from '../src/geo/gazetteer-entry.js';
import { haversineKm } from '../src/geo/haversine-km.js';

interface Prepared {
  readonly lists: readonly (readonly GazetteerEntry[])[];
  readonly infos: readonly MentionInfo[];
  readonly gold: readonly (readonly [number, number])[];
  readonly accidental: readonly boolean[];
}

const prepare = (docs: readonly GeoDoc[]): Prepared[] =>
  docs.map((d) => {
    const gold = d.toponyms.filter((t) => t.lat !== null && t.lon !== null);
    return {
      lists: gold.map((t) => placeCandidates(d.text.slice(t.start, t.end))),
      infos: mentionInfos(d.text, gold),
      gold: gold.map((t) => [t.lat!, t.lon!] as const),
      accidental: gold.map((t) => isAccidentalPlaceName(d.text.slice(t.start, t.end))),
    };
  });

const accuracy = (docs: readonly Prepared[], w: Features): number => {
  let hit = 0;
  let n = 0;
  for (const d of docs) {
    const chosen = choosePlaces(d.lists, d.infos, w);
    const town = mainTown(chosen);
    const focus = countryFocus(d.lists);
    chosen.forEach((e, i) => {
      const at = e ?? (d.accidental[i] ? null : fallbackPoint(d.infos[i]!.inTown, town, focus));
      const [lat, lon] = d.gold[i]!;
      if (at && haversineKm(lat, lon, at.lat, at.lon) <= 161) hit += 1;
      n += 1;
    });
  }
  return n ? hit / n : 0;
};

const corpora = [readGazTagged('TR-News.xml'), readGazTagged('lgl.xml'), readGeoWebNews()].map((docs) =>
  prepare(splitHalves(docs).dev),
);
const objective = (w: Features): number =>
  corpora.reduce((a, docs) => a + accuracy(docs, w), 0) / corpora.length;

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
