import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { haversineKm } from '../../geo/haversine-km.js';
import { countryFocus } from './country-focus.js';

/** Towns and counties at least this large are taken as named wherever the document is. */
export const FAR_NAMESAKE_MAX_POPULATION = 100_000;
/** How near (km) another place the document names a smaller one must lie to count as inside its area. */
const NEAR_KM = 300;

/** The areas a document's other names place it in. */
export interface OtherAreas {
  /** The first-level regions (`admin1:US.IL`) of the places chosen for the other names, and those regions. */
  readonly regions: ReadonlySet<string>;
  /** The countries with at least one such first-level region. */
  readonly regionCountries: ReadonlySet<string>;
  /** The country the other names point to (see `countryFocus`), or null. */
  readonly focus: string | null;
  /** The towns, districts and counties chosen for the other names. */
  readonly towns: readonly GazetteerEntry[];
}

const isLocal = (e: GazetteerEntry): boolean =>
  e.precision === 'city' || e.precision === 'district' || e.featureCode === 'ADM2';

/**
 * The areas the places chosen for a document's names other than name `nameIndex` lie in: their first-level
 * regions, their countries' focus, their towns.
 */
export const otherAreas = (
  chosen: readonly (GazetteerEntry | null)[],
  nameIndexes: readonly number[],
  nameIndex: number,
): OtherAreas => {
  const others = chosen.filter((e, i): e is GazetteerEntry => e !== null && nameIndexes[i] !== nameIndex);
  const regions = new Set<string>();
  for (const e of others) {
    const region = e.featureCode === 'ADM1' ? e.id : e.region;
    if (region !== undefined) regions.add(region);
  }
  const regionCountries = new Set([...regions].map((r) => r.slice('admin1:'.length).split('.')[0]!));
  return {
    regions,
    regionCountries,
    focus: countryFocus(others.map((e) => [e])),
    towns: others.filter(isLocal),
  };
};

/**
 * Whether a place lies outside every area the document's other names place it in: not in one of their first-level
 * regions nor within NEAR_KM of one of their towns, and not in their country unless they name regions of that
 * country (then one of those regions is where the story is).
 */
export const isOutside = (e: GazetteerEntry, areas: OtherAreas): boolean => {
  const region = e.featureCode === 'ADM1' ? e.id : e.region;
  if (region !== undefined && areas.regions.has(region)) return false;
  if (areas.towns.some((t) => haversineKm(e.lat, e.lon, t.lat, t.lon) <= NEAR_KM)) return false;
  return e.country !== areas.focus || areas.regionCountries.has(e.country);
};

/**
 * Whether the small place chosen for a name is a far namesake of a word of another sense: a town, county or
 * small first-level region (not a capital; under FAR_NAMESAKE_MAX_POPULATION people) outside every area the
 * document's other names place it in (see `isOutside`), for a name the text never says is a place's
 * (`evidenced`, see `placeEvidence`): "a Roman brooch" in a story from Wiltshire is not Roman, Romania; "the
 * Alliance party" in Belfast is not Alliance, Ohio; "actor Butch Patrick" in a Hollywood story is not Patrick,
 * Isle of Man. A common word or given name with place evidence is not enough to drop a place ("Charleston", "in
 * Grand"): on the dev halves that cost more real places than it saved. False when the other names place the
 * document nowhere.
 */
export const isFarNamesake = (e: GazetteerEntry, areas: OtherAreas, evidenced: boolean): boolean => {
  if (evidenced || e.featureCode === 'PPLC' || e.population >= FAR_NAMESAKE_MAX_POPULATION) return false;
  if (!isLocal(e) && e.featureCode !== 'ADM1') return false;
  if (areas.focus === null && areas.regions.size === 0 && areas.towns.length === 0) return false;
  return isOutside(e, areas);
};
