import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { haversineKm } from '../../geo/haversine-km.js';
import { TOWN_SERVING_HEADS } from '../../lang/en/geo-place-cues.js';
import { WIDE_FEATURE_CODES } from '../../lang/en/geo-wide-regions.js';
import type { GeoPoint } from '../../model/geo.js';
import type { MentionInfo } from './candidate-features.js';
import type { Span } from './document-candidates.js';
import { entryPoint } from './entry-point.js';
import { FALLBACK_CONFIDENCE, fallbackPoint } from './fallback-point.js';
import { statedRegion } from './stated-region.js';
import { townBefore } from './town-before.js';

/** What a document says of where it is, for placing the names the gazetteer lacks. */
export interface DocumentPlaces {
  readonly text: string;
  readonly spans: readonly Span[];
  /** The entry chosen for each mention (a place named inside it for `embedded` ones), or null. */
  readonly chosen: readonly (GazetteerEntry | null)[];
  readonly embedded: readonly boolean[];
  readonly town: GazetteerEntry | null;
  readonly region: GazetteerEntry | null;
  readonly focus: string | null;
}

/** A point placed from the context, with the rule that placed it and how far it is trusted. */
export interface ContextPoint {
  readonly entry: GazetteerEntry | null;
  readonly geo: GeoPoint;
  readonly rule: string;
  readonly confidence: number;
}

/** What the document says of a mention's name: a place's (see `placeEvidence`), a wide natural feature's. */
export interface MentionKind {
  readonly evidenced: boolean;
  readonly wide: boolean;
}
const ANY_PLACE: MentionKind = { evidenced: true, wide: false };
const WIDE = new Set<string>(WIDE_FEATURE_CODES);

/** Text between an unknown name and the place that says where it is ("… Center in Shelby", "… in the Holy See"). */
const BESIDE = /^\s+(?:in|at)\s+(?:the\s+)?$/;
/** Text between a place and an unknown name it owns ("London's Heathrow …"). */
const OWNER = /^['’]s\s+$/;
const BESIDE_CONFIDENCE = 0.5;
const EMBEDDED_CONFIDENCE = 0.5;
const TOWN_CONFIDENCE = FALLBACK_CONFIDENCE.city ?? 0.4;
/** A town at least this large named inside a longer name stands for itself wherever the document is. */
const EMBEDDED_SELF_POPULATION = 100_000;
/** How near (km) the document's main town a smaller town named inside a longer name must lie to stand for itself. */
const EMBEDDED_NEAR_KM = 100;

/**
 * The mention that says where span `i` lies: owning it right before it ("London's Heathrow Animal Reception
 * Center") or right after it ("… in Geneva", "… at Windsor"), or -1.
 */
const besideIndex = (text: string, spans: readonly Span[], i: number): number => {
  const { start, end } = spans[i]!;
  let best = -1;
  spans.forEach((s, j) => {
    if (s.end <= start && s.end >= start - 4 && OWNER.test(text.slice(s.end, start))) best = j;
  });
  if (best >= 0) return best;
  spans.forEach((s, j) => {
    if (s.start < end || s.start > end + 8 || (best >= 0 && s.start >= spans[best]!.start)) return;
    if (BESIDE.test(text.slice(end, s.start))) best = j;
  });
  return best;
};

const SERVING = new Set(TOWN_SERVING_HEADS);

const unlisted = (e: GazetteerEntry): GeoPoint => ({ ...entryPoint(e), gazetteerId: null });

/**
 * Places mention `i`, whose name the gazetteer lacks (or only holds a place named inside it, `doc.chosen[i]`):
 * where the text puts it (a place owning it or named right after it, a region stated after it: "Palais des
 * Nations in Geneva", "Camp Murray, Wash."), else the place named inside it ("Bank of Japan") unless it is a
 * building (but an airport: "Da Nang International Airport") in the document's town or a smaller town far from
 * that town (a word of the name: "Ronald Wilson Reagan Middle"), else, for a street or building, the town its
 * sentence names before it (see `townBefore`), else `fallbackPoint` (the document's main town, main region or
 * country) if the document says the name is a place's (`kind.evidenced`) and it is no natural feature too wide
 * for that (`kind.wide`: "the Sahara desert" is not near Bamako). Null when the document gives nothing to place
 * it by.
 */
export const contextPoint = (
  doc: DocumentPlaces,
  i: number,
  info: MentionInfo,
  kind: MentionKind = ANY_PLACE,
): ContextPoint | null => {
  const j = besideIndex(doc.text, doc.spans, i);
  const beside = j >= 0 && !doc.embedded[j] ? doc.chosen[j] : null;
  // A feature wider than a country is not at the middle of the continent or sea it belongs to ("Africa's
  // Atlantic Coast").
  if (beside && !(kind.wide && WIDE.has(beside.featureCode))) {
    return {
      entry: null,
      geo: unlisted(beside),
      rule: 'context:beside-place',
      confidence: BESIDE_CONFIDENCE,
    };
  }
  const e = doc.chosen[i] ?? null;
  const stated = statedRegion(info.statedRegions, e, doc.focus);
  if (stated) {
    return {
      entry: null,
      geo: unlisted(stated),
      rule: 'context:stated-region',
      confidence: BESIDE_CONFIDENCE,
    };
  }
  const { town } = doc;
  const farTown =
    e !== null &&
    town !== null &&
    e.precision === 'city' &&
    e.population < EMBEDDED_SELF_POPULATION &&
    haversineKm(e.lat, e.lon, town.lat, town.lon) > EMBEDDED_NEAR_KM;
  // A building named after a town ("Liverpool Academy") stands in the document's town if it has one; an
  // airport named after a town serves that town ("Da Nang International Airport").
  const serves = e !== null && e.precision === 'city' && SERVING.has(info.norm.split(' ').at(-1)!);
  // A wide feature is not at the middle of the ocean or sea named in it ("Atlantic Coast", "Gulf Coast").
  const wider = e !== null && kind.wide && WIDE.has(e.featureCode);
  if (e && (!(info.inTown && town !== null) || serves) && !farTown && !wider) {
    return { entry: e, geo: entryPoint(e), rule: 'gazetteer:embedded', confidence: EMBEDDED_CONFIDENCE };
  }
  const local = info.inTown ? townBefore(doc.text, doc.spans, doc.chosen, doc.embedded, i) : null;
  if (local) {
    return { entry: null, geo: unlisted(local), rule: 'context:in-town-before', confidence: TOWN_CONFIDENCE };
  }
  if (kind.wide || !kind.evidenced) return null;
  const fallback = fallbackPoint(info.inTown, town, doc.region, doc.focus);
  if (fallback === null) return null;
  const { geo, rule } = fallback;
  return { entry: null, geo, rule, confidence: FALLBACK_CONFIDENCE[geo.precision] ?? 0.2 };
};
