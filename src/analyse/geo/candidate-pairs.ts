import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { haversineKm } from '../../geo/haversine-km.js';

interface Point {
  readonly lat: number;
  readonly lon: number;
  /** The distinct name (index) whose candidate this is. */
  readonly name: number;
}

/**
 * Where the candidates of a document's other names lie: a town named beside a county or another town usually
 * lies near them ("Paris" with "Henry County" is Paris, Tennessee), even when neither name alone says which.
 */
export interface CandidatePairs {
  /** The distance (km) from a candidate of name `name` to the nearest candidate of another name; Infinity beyond `maxKm`. */
  nearestOtherKm(e: GazetteerEntry, name: number): number;
  /** Whether a first-level region of the candidate is itself a candidate of another name ("Tenn."). */
  regionNamed(e: GazetteerEntry, name: number): boolean;
}

const local = (e: GazetteerEntry): boolean =>
  e.precision === 'city' || e.precision === 'district' || e.featureCode === 'ADM2';
/**
 * A name with more town- or county-level candidates than this ("Washington", "Springfield": one in nearly every
 * state) lies near almost anything, so its candidates say nothing about where another name lies.
 */
export const MAX_PAIR_CANDIDATES = 30;

/**
 * Indexes the candidates of each distinct name (`lists[i]` for name `names[i]`) on a 1° grid, but for names
 * with more than MAX_PAIR_CANDIDATES local ones.
 */
export const candidatePairs = (
  lists: readonly (readonly GazetteerEntry[])[],
  names: readonly number[],
  maxKm: number,
): CandidatePairs => {
  const grid = new Map<string, Point[]>();
  const regions = new Map<string, Set<number>>();
  const done = new Set<number>();
  lists.forEach((cands, i) => {
    const name = names[i]!;
    if (done.has(name)) return;
    done.add(name);
    const vague = cands.filter(local).length > MAX_PAIR_CANDIDATES;
    for (const e of cands) {
      if (e.featureCode === 'ADM1') regions.set(e.id, (regions.get(e.id) ?? new Set()).add(name));
      if (!local(e) || vague) continue;
      const cell = `${Math.floor(e.lat)},${Math.floor(e.lon)}`;
      const points = grid.get(cell);
      if (points) points.push({ lat: e.lat, lon: e.lon, name });
      else grid.set(cell, [{ lat: e.lat, lon: e.lon, name }]);
    }
  });
  const span = Math.ceil(maxKm / 111);
  const memo = new Map<string, number>();
  return {
    nearestOtherKm: (e, name) => {
      if (!local(e)) return Number.POSITIVE_INFINITY;
      const key = `${name}|${e.id}`;
      const known = memo.get(key);
      if (known !== undefined) return known;
      let best = Number.POSITIVE_INFINITY;
      const la = Math.floor(e.lat);
      const lo = Math.floor(e.lon);
      // Longitude cells narrow towards the poles: widen the search there.
      const lonSpan = Math.min(180, Math.ceil(span / Math.max(0.1, Math.cos((e.lat * Math.PI) / 180))));
      for (let dy = -span; dy <= span; dy += 1) {
        for (let dx = -lonSpan; dx <= lonSpan; dx += 1) {
          for (const p of grid.get(`${la + dy},${lo + dx}`) ?? []) {
            if (p.name !== name) best = Math.min(best, haversineKm(e.lat, e.lon, p.lat, p.lon));
          }
        }
      }
      memo.set(key, best);
      return best;
    },
    regionNamed: (e, name) => {
      const by = e.region === undefined ? undefined : regions.get(e.region);
      return by !== undefined && [...by].some((n) => n !== name);
    },
  };
};
