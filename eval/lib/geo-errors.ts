/**
 * Error analysis of geocoding with gold toponyms (dev half only): each miss (> 161 km) falls in one category,
 * and the categories are printed largest first with their most frequent names.
 */
import type { GazetteerEntry } from '../../src/geo/gazetteer-entry.js';
import { haversineKm } from '../../src/geo/haversine-km.js';

/** One gold toponym as the resolver saw it. */
export interface GeocodedToponym {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** The gold feature code (LGL, TR-News) or GeoWebNews type, if any. */
  readonly goldKind: string | null;
  readonly chosen: GazetteerEntry | null;
  readonly candidates: readonly GazetteerEntry[];
  readonly km: number;
}

const LANDMARK =
  /\b(street|st|road|avenue|ave|boulevard|square|park|bridge|university|college|school|hospital|church|cathedral|tower|building|center|centre|airport|station|stadium|hall|house|river|lake|creek|mountain|island|valley|estate|highway|port|beach|bay)\.?$/i;
const kindOf = (e: GazetteerEntry): string =>
  e.precision === 'city' || e.precision === 'district' || e.precision === 'point' ? 'town' : e.featureCode;

/** The category of a miss. */
export const missCategory = (t: GeocodedToponym): string => {
  if (t.candidates.length === 0) {
    if (/ (County|Parish)$/.test(t.name)) return 'no candidate: county';
    if (LANDMARK.test(t.name)) return 'no candidate: street, building or natural feature';
    if (/(an|ans|ese|ish|ic|i|is)$/.test(t.name) && !t.name.includes(' '))
      return 'no candidate: demonym-like';
    if (/\.|^[A-Z]{2,5}$/.test(t.name)) return 'no candidate: abbreviation';
    return 'no candidate: other name';
  }
  const near = t.candidates.filter((c) => haversineKm(t.lat, t.lon, c.lat, c.lon) <= 161);
  if (near.length === 0) return `no candidate within 161 km (chose ${t.chosen ? kindOf(t.chosen) : 'none'})`;
  if (!t.chosen) return 'not resolved although a candidate fits';
  return `wrong homonym: chose ${kindOf(t.chosen)} over ${kindOf(near[0]!)}`;
};

/** Prints the categories of the misses, largest first, each with its most frequent names. */
export const printMissCategories = (label: string, rows: readonly GeocodedToponym[], top = 12): void => {
  const misses = rows.filter((r) => r.km > 161);
  const byCat = new Map<string, Map<string, number>>();
  for (const r of misses) {
    const c = missCategory(r);
    const names = byCat.get(c) ?? new Map<string, number>();
    names.set(r.name, (names.get(r.name) ?? 0) + 1);
    byCat.set(c, names);
  }
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${label}: ${misses.length} of ${rows.length} beyond 161 km`);
  for (const [cat, names] of [...byCat].sort((a, b) => total(b[1]) - total(a[1]))) {
    const examples = [...names]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([n, k]) => (k > 1 ? `${n} ×${k}` : n));
    console.log(`  ${String(total(names)).padStart(4)}  ${cat}: ${examples.join(', ')}`);
  }
};
