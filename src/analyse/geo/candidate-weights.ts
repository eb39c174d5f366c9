import type { Features } from './candidate-features.js';

/**
 * How much each feature of a candidate counts (see candidate-features.ts); a candidate's score is the weighted
 * sum. Set by hand, then tuned by `npx tsx scripts/tune-geo-weights.ts --write` (coordinate ascent on the dev
 * half of the geoparsing corpora only; eval/geo.ts reports on the test half).
 */
export const CANDIDATE_WEIGHTS: Features = {
  country: 8,
  wide: 12,
  adm1: 5,
  adm2: -4.5,
  capital: 8.5,
  seat: 0,
  admCapital: 1,
  curated: 2,
  logPop: 0.8,
  logPopArea: 0.3,
  exactName: 0.5,
  areaNamesake: -6,
  regionNamesake: -6,
  townNamesake: -4,
  teamTown: 8,
  townsRegion: -3,
  alsoNamed: 2.5,
  focus: 6,
  countryMentioned: 0,
  regionMentioned: 4,
  holdsTown: 8,
  longForm: 8,
  siblingRegion: 5,
  withinMentioned: 5,
  container: 6,
  near25: 4,
  near100: 2,
  near300: 1,
  pairNear25: 2,
  pairNear100: 1,
  regionNamed: 2,
  cueMatch: 4,
  cueMismatch: -3,
};
