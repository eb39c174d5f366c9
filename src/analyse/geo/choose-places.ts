import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { haversineKm } from '../../geo/haversine-km.js';
import {
  type ContextPlace,
  candidateFeatures,
  FEATURE_NAMES,
  type Features,
  type MentionInfo,
  type PlaceContext,
  rivalsOf,
} from './candidate-features.js';
import { type CandidatePairs, candidatePairs } from './candidate-pairs.js';
import { CANDIDATE_WEIGHTS } from './candidate-weights.js';
import { countryFocus } from './country-focus.js';
import { oneSensePerName } from './one-sense-per-name.js';

/** How far (km) to look for the candidates of other names (the widest pair feature). */
const PAIR_KM = 100;
/** Passes after the first: each weighs candidates against the places the previous pass chose. */
const CONTEXT_PASSES = 2;

const best = (
  cands: readonly GazetteerEntry[],
  m: MentionInfo,
  ctx: PlaceContext,
  weights: Features,
): GazetteerEntry | null => {
  let top: GazetteerEntry | null = null;
  let topScore = Number.NEGATIVE_INFINITY;
  const rivals = rivalsOf(m, cands);
  for (const e of cands) {
    const f = candidateFeatures(e, m, ctx, rivals);
    let s = 0;
    for (const k of FEATURE_NAMES) s += f[k] * weights[k];
    if (s > topScore || (s === topScore && top !== null && e.id < top.id)) {
      top = e;
      topScore = s;
    }
  }
  return top;
};

/**
 * Whether a chosen place counts for the nearness of other candidates: a town, district or county, but not a
 * national capital, which news names for its government ("talks in Washington") wherever the story happens.
 */
const isContextPoint = (e: GazetteerEntry): boolean =>
  e.featureCode !== 'PPLC' &&
  (e.precision === 'city' || e.precision === 'district' || e.featureCode === 'ADM2');

const contextOf = (
  chosen: readonly (GazetteerEntry | null)[],
  lists: readonly (readonly GazetteerEntry[])[],
  infos: readonly MentionInfo[],
  focus: string | null,
  pairs: CandidatePairs,
): PlaceContext => {
  const points: ContextPlace[] = [];
  const mentioned = new Map<string, Set<number>>();
  chosen.forEach((e, i) => {
    if (!e) return;
    mentioned.set(e.id, (mentioned.get(e.id) ?? new Set()).add(infos[i]!.nameIndex));
    if (isContextPoint(e)) {
      if (!points.some((p) => p.entry === e)) points.push({ entry: e, unique: lists[i]!.length === 1 });
    }
  });
  return { focus, mentioned, points, pairs };
};

/**
 * One gazetteer entry (or null) per mention of a document, from each mention's candidates and what the text
 * says around it: a first pass by kind of place, size, the document's country and the words around the
 * mention; then passes that also weigh the places the previous pass found (a town near the document's other
 * places, in a region or country it names, a district of a city it names); last, mentions of one name share the
 * place one of them is placed in by the region or country named after it (see `oneSensePerName`). `passive`
 * mentions (candidates borrowed from a place named inside a longer name) are chosen for but do not count as the
 * document's context.
 */
export const choosePlaces = (
  lists: readonly (readonly GazetteerEntry[])[],
  infos: readonly MentionInfo[],
  weights: Features = CANDIDATE_WEIGHTS,
  passive: readonly boolean[] = [],
): (GazetteerEntry | null)[] => {
  const active = lists.map((c, i) => (passive[i] ? [] : c));
  const focus = countryFocus(active);
  const pairs = candidatePairs(
    active,
    infos.map((m) => m.nameIndex),
    PAIR_KM,
  );
  let ctx: PlaceContext = { focus, mentioned: new Map(), points: [], pairs };
  let chosen = lists.map((c, i) => best(c, infos[i]!, ctx, weights));
  for (let pass = 0; pass < CONTEXT_PASSES; pass += 1) {
    ctx = contextOf(
      chosen.map((e, i) => (passive[i] ? null : e)),
      lists,
      infos,
      focus,
      pairs,
    );
    const next = lists.map((c, i) => best(c, infos[i]!, ctx, weights));
    const settled = next.every((e, i) => e === chosen[i]);
    chosen = next;
    if (settled) break;
  }
  return oneSensePerName(chosen, lists, infos);
};

/**
 * The document's main town: the town with the most mentions of places (towns, districts, counties) within
 * 50 km of it, itself included; on a tie between towns within 50 km of each other the one named more often,
 * then the more populous (a suburb named once beside its city named once: the city); else the first named;
 * null when no mention is a town. When the
 * document has a focus country and names a town in it, the main town is one of those (an article about Egypt
 * that names Liverpool's football club many times still happens in Egypt).
 */
export const mainTown = (
  chosen: readonly (GazetteerEntry | null)[],
  focus: string | null = null,
): GazetteerEntry | null => {
  const local = chosen.filter(
    (e): e is GazetteerEntry =>
      e !== null && (e.precision === 'city' || e.precision === 'district' || e.featureCode === 'ADM2'),
  );
  const inFocus = local.some((e) => e.precision === 'city' && e.country === focus);
  const within = (a: GazetteerEntry, b: GazetteerEntry) => haversineKm(a.lat, a.lon, b.lat, b.lon) <= 50;
  const named = (t: GazetteerEntry) => local.filter((e) => e === t).length;
  let top: GazetteerEntry | null = null;
  let topN = 0;
  for (const t of new Set(local)) {
    if (t.precision !== 'city' || (inFocus && t.country !== focus)) continue;
    const n = local.filter((e) => within(t, e)).length;
    // a tie within one area (a suburb and its city): the one named more often, then the more populous
    const wins =
      top !== null &&
      n === topN &&
      within(t, top) &&
      (named(t) > named(top) || (named(t) === named(top) && t.population > top.population));
    if (n > topN || wins) {
      top = t;
      topN = n;
    }
  }
  return top;
};

/**
 * The document's main first-level region: the one its mentions name most often (the first named on a tie), in
 * the focus country when the document has one; null when no mention names such a region.
 */
export const mainRegion = (
  chosen: readonly (GazetteerEntry | null)[],
  focus: string | null = null,
): GazetteerEntry | null => {
  const counts = new Map<GazetteerEntry, number>();
  for (const e of chosen) {
    if (e === null || e.featureCode !== 'ADM1' || (focus !== null && e.country !== focus)) continue;
    counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  let top: GazetteerEntry | null = null;
  let topN = 0;
  for (const [e, n] of counts) {
    if (n > topN) {
      top = e;
      topN = n;
    }
  }
  return top;
};
