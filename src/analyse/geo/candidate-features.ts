import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { haversineKm } from '../../geo/haversine-km.js';
import { normalizePlaceName } from '../../geo/normalize-place-name.js';
import { WIDE_FEATURE_CODES } from '../../lang/en/geo-wide-regions.js';
import type { MentionInfo, PlaceContext, PlaceCue } from './place-context.js';
import { holdsTown, siblingRegion } from './region-evidence.js';

export type { ContextPlace, MentionInfo, PlaceContext, PlaceCue } from './place-context.js';

export const FEATURE_NAMES = [
  'country',
  'wide',
  'adm1',
  'adm2',
  'capital',
  'seat',
  'admCapital',
  'curated',
  'logPop',
  'logPopArea',
  'exactName',
  'areaNamesake',
  'regionNamesake',
  'townNamesake',
  'teamTown',
  'townsRegion',
  'alsoNamed',
  'focus',
  'countryMentioned',
  'regionMentioned',
  'holdsTown',
  'longForm',
  'siblingRegion',
  'withinMentioned',
  'container',
  'near25',
  'near100',
  'near300',
  'pairNear25',
  'pairNear100',
  'regionNamed',
  'cueMatch',
  'cueMismatch',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Readonly<Record<FeatureName, number>>;

const WIDE = new Set<string>(WIDE_FEATURE_CODES);
const SEAT = new Set(['PPLA', 'PPLA2', 'PPLG']);
const CAPITAL = new Set(['PPLC', 'PPLA', 'PPLG']);

const cueFits = (e: GazetteerEntry, cue: PlaceCue): boolean | null => {
  if (cue === null) return null;
  if (cue === 'region')
    return e.featureCode === 'ADM1' || e.featureCode === 'ADM2' || WIDE.has(e.featureCode);
  if (cue === 'county') return e.featureCode === 'ADM2';
  if (cue === 'district') return e.precision === 'district' || e.precision === 'city';
  if (cue === 'street') return null;
  return e.precision === 'city';
};

const names = new WeakMap<GazetteerEntry, string>();
/** An entry's normalised name, computed once per entry. */
const normalizedName = (e: GazetteerEntry): string => {
  let n = names.get(e);
  if (n === undefined) {
    n = normalizePlaceName(e.name);
    names.set(e, n);
  }
  return n;
};

/** The nearest town- or district-level place of the document other than the candidate itself, in km. */
const nearestKm = (e: GazetteerEntry, ctx: PlaceContext): number => {
  let best = Number.POSITIVE_INFINITY;
  for (const p of ctx.points) {
    if (p.entry.id === e.id) continue;
    best = Math.min(best, haversineKm(e.lat, e.lon, p.entry.lat, p.entry.lon));
  }
  return best;
};

/** What the other candidates of a mention say about each of them. */
export interface Rivals {
  /** Whether a country among them bears the mention's name itself: a town then is mostly its namesake. */
  readonly countryNamed: boolean;
  /** The first-level regions their towns lie in: a region among them is mostly its namesake town's (Aleppo). */
  readonly townRegions: ReadonlySet<string>;
  /** The population of the largest first-level region among them bearing the mention's name ("Florida"), or 0. */
  readonly regionNamedPop: number;
  /** The population of the largest town among them (0 when none). */
  readonly topTownPop: number;
  /** The population of the largest country or region among them bearing the mention's name itself, or 0. */
  readonly areaNamedPop: number;
}

/** What a mention's candidates say about each other (see `Rivals`). */
export const rivalsOf = (m: MentionInfo, cands: readonly GazetteerEntry[]): Rivals => {
  const named = (keep: (c: GazetteerEntry) => boolean): number =>
    Math.max(0, ...cands.filter((c) => keep(c) && normalizedName(c) === m.norm).map((c) => c.population));
  return {
    countryNamed: cands.some((c) => c.precision === 'country' && normalizedName(c) === m.norm),
    townRegions: new Set(cands.flatMap((c) => (c.precision === 'city' && c.region ? [c.region] : []))),
    regionNamedPop: named((c) => c.featureCode === 'ADM1'),
    topTownPop: Math.max(0, ...cands.filter((c) => c.precision === 'city').map((c) => c.population)),
    areaNamedPop: named((c) => c.precision !== 'city' && c.precision !== 'district'),
  };
};

const NO_RIVALS: Rivals = {
  countryNamed: false,
  townRegions: new Set(),
  regionNamedPop: 0,
  topTownPop: 0,
  areaNamedPop: 0,
};
/** A national capital smaller than this (Victoria, Seychelles) is no better known than its namesakes. */
const CAPITAL_MIN_POPULATION = 100_000;
/**
 * A town this many times smaller than a first-level region of its name is mostly the region's namesake, and a
 * region this many times smaller than a town of its name the town's.
 */
const NAMESAKE_RATIO = 5;

/**
 * The features of one candidate entry for one mention in its document, given what its `rivals` (the mention's other
 * candidates) say: a town named like a country, or far smaller than a first-level region of its name, is mostly that
 * place's namesake ("Peru", Maine; Florida, New York) unless it is a capital, and a region far smaller than a town
 * of its name is mostly the town's namesake (Portland parish, Jamaica, beside Portland, Oregon) unless the text
 * names its country right after it; a region named like a town in it is usually named for that town (Aleppo,
 * Geneva); a sports team ("against Louisville", "a loss to Cleveland" in a story about the NBA) is the largest
 * town's of its name unless a larger region bears it. From the document: a region or country holding a town it
 * names, a region beside another of its country (see region-evidence.ts), the entry a longer form of the name
 * resolves to ("Suffolk" after "Suffolk County").
 */
export const candidateFeatures = (
  e: GazetteerEntry,
  m: MentionInfo,
  ctx: PlaceContext,
  rivals: Rivals = NO_RIVALS,
): Features => {
  const fc = e.featureCode;
  const fit = cueFits(e, m.cue);
  const exact = m.norm === normalizedName(e);
  const area = fc === 'PCLI' || fc === 'ADM1' || fc === 'ADM2';
  const local = e.precision === 'city' || e.precision === 'district' || fc === 'ADM2';
  const km = local ? nearestKm(e, ctx) : Number.POSITIVE_INFINITY;
  const pairKm = ctx.pairs.nearestOtherKm(e, m.nameIndex);
  const town = e.precision === 'city';
  const contained = m.containers.some((c) => c === e.region || c === e.within || c === `iso:${e.country}`);
  return {
    country: fc === 'PCLI' ? 1 : 0,
    wide: WIDE.has(fc) ? 1 : 0,
    adm1: fc === 'ADM1' ? 1 : 0,
    adm2: fc === 'ADM2' ? 1 : 0,
    capital: fc === 'PPLC' && e.population >= CAPITAL_MIN_POPULATION ? 1 : 0,
    seat: SEAT.has(fc) ? 1 : 0,
    admCapital: fc === 'PPLA' && e.country === ctx.focus ? 1 : 0,
    curated: e.id.startsWith('curated:') ? 1 : 0,
    logPop: area ? 0 : Math.log10(e.population + 1),
    logPopArea: area ? Math.log10(e.population + 1) : 0,
    exactName: exact ? 1 : 0,
    areaNamesake: rivals.countryNamed && e.precision === 'city' && !CAPITAL.has(fc) ? 1 : 0,
    regionNamesake: town && !CAPITAL.has(fc) && e.population * NAMESAKE_RATIO < rivals.regionNamedPop ? 1 : 0,
    townNamesake:
      fc === 'ADM1' && !contained && e.population > 0 && e.population * NAMESAKE_RATIO < rivals.topTownPop
        ? 1
        : 0,
    teamTown:
      m.team && town && e.population === rivals.topTownPop && rivals.areaNamedPop < e.population ? 1 : 0,
    townsRegion: fc === 'ADM1' && rivals.townRegions.has(e.id) ? 1 : 0,
    alsoNamed: [...(ctx.mentioned.get(e.id) ?? [])].some((n) => n !== m.nameIndex) ? 1 : 0,
    focus: ctx.focus !== null && e.country === ctx.focus ? 1 : 0,
    countryMentioned: fc !== 'PCLI' && ctx.mentioned.has(`iso:${e.country}`) ? 1 : 0,
    regionMentioned: e.region !== undefined && ctx.mentioned.has(e.region) ? 1 : 0,
    longForm: [...(ctx.mentioned.get(e.id) ?? [])].some((n) => m.longForms.includes(n)) ? 1 : 0,
    siblingRegion: fc === 'ADM1' && siblingRegion(e, m, ctx) ? 1 : 0,
    holdsTown: (fc === 'ADM1' || fc === 'PCLI') && holdsTown(e, m, ctx) ? 1 : 0,
    withinMentioned: e.within !== undefined && ctx.mentioned.has(e.within) ? 1 : 0,
    container: contained ? 1 : 0,
    near25: km <= 25 ? 1 : 0,
    near100: km <= 100 ? 1 : 0,
    near300: km <= 300 ? 1 : 0,
    pairNear25: pairKm <= 25 ? 1 : 0,
    pairNear100: pairKm <= 100 ? 1 : 0,
    regionNamed: ctx.pairs.regionNamed(e, m.nameIndex) ? 1 : 0,
    cueMatch: fit === true ? 1 : 0,
    cueMismatch: fit === false ? 1 : 0,
  };
};
