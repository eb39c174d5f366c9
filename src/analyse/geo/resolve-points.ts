import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { normalizePlaceName } from '../../geo/normalize-place-name.js';
import { STREET_HEADS } from '../../lang/en/geo-place-cues.js';
import type { GeoPoint } from '../../model/geo.js';
import type { Features, MentionInfo } from './candidate-features.js';
import { CANDIDATE_WEIGHTS } from './candidate-weights.js';
import { choosePlaces, mainTown } from './choose-places.js';
import { countryFocus } from './country-focus.js';
import { embeddedCandidates } from './embedded-candidates.js';
import { FALLBACK_CONFIDENCE, fallbackPoint } from './fallback-point.js';
import { mentionInfos } from './mention-info.js';
import { isAccidentalPlaceName, placeCandidates } from './place-candidates.js';

interface Span {
  readonly start: number;
  readonly end: number;
}

/** The candidates of a document's place mentions, computed once (the weights tuner reuses them). */
export interface DocumentCandidates {
  readonly lists: readonly (readonly GazetteerEntry[])[];
  /** Whether a mention's candidates are those of a place named inside it (see `embeddedCandidates`). */
  readonly embedded: readonly boolean[];
  /** Whether a mention is a word that names a place only by accident ("the West"). */
  readonly accidental: readonly boolean[];
  readonly infos: readonly MentionInfo[];
}

/** How one mention was placed, or null when it is not placed at all. */
export interface ResolvedPoint {
  /** The gazetteer entry chosen, null for a point borrowed from the context. */
  readonly entry: GazetteerEntry | null;
  readonly geo: GeoPoint;
  readonly rule: string;
  readonly confidence: number;
}

const STREET = new Set(STREET_HEADS);
const isStreet = (name: string): boolean => {
  const words = normalizePlaceName(name).split(' ');
  return words.length > 1 && STREET.has(words.at(-1)!);
};

/** Text between an unknown name and the place mention that says where it is ("… Center in Shelby"). */
const BESIDE = /^\s+(?:in|at)\s+$/;
const BESIDE_CONFIDENCE = 0.5;
const EMBEDDED_CONFIDENCE = 0.5;

/**
 * Every mention's candidates: its own name's, else (unless it names a street) those of a place named inside it.
 */
export const documentCandidates = (text: string, spans: readonly Span[]): DocumentCandidates => {
  const cache = new Map<string, readonly [readonly GazetteerEntry[], boolean]>();
  const infos = mentionInfos(text, spans);
  const found = spans.map(({ start, end }) => {
    const name = text.slice(start, end);
    let hit = cache.get(name);
    if (hit === undefined) {
      const own = placeCandidates(name);
      // A street is named after anything ("Hampton Avenue"): it lies in the document's town.
      const skip = own.length > 0 || isStreet(name) || isAccidentalPlaceName(name);
      hit = skip ? [own, false] : [embeddedCandidates(name), true];
      cache.set(name, hit);
    }
    return hit;
  });
  return {
    lists: found.map(([l]) => l),
    embedded: found.map(([l, e]) => e && l.length > 0),
    accidental: spans.map(({ start, end }) => isAccidentalPlaceName(text.slice(start, end))),
    infos,
  };
};

const pointOf = (e: GazetteerEntry): GeoPoint => ({
  lat: e.lat,
  lon: e.lon,
  precision: e.precision,
  gazetteerId: e.id,
  country: e.country || null,
});

/** The mention right after span `i` that says where it lies ("in Geneva", "at Windsor"), or -1. */
const besideIndex = (text: string, spans: readonly Span[], i: number): number => {
  const end = spans[i]!.end;
  let best = -1;
  spans.forEach((s, j) => {
    if (s.start < end || s.start > end + 8 || (best >= 0 && s.start >= spans[best]!.start)) return;
    if (BESIDE.test(text.slice(end, s.start))) best = j;
  });
  return best;
};

/**
 * Places each mention of a document: the candidate `choosePlaces` picks for a known name; for a name the
 * gazetteer lacks, the place the text puts it in right after it ("Palais des Nations in Geneva"), else the
 * place named inside it ("Bank of Japan"), else `fallbackPoint` (the document's main town or country). Words
 * that name a place only by accident are not placed.
 */
export const resolvePoints = (
  text: string,
  spans: readonly Span[],
  dc: DocumentCandidates,
  weights: Features = CANDIDATE_WEIGHTS,
): (ResolvedPoint | null)[] => {
  const chosen = choosePlaces(dc.lists, dc.infos, weights, dc.embedded);
  const focus = countryFocus(dc.lists.map((l, i) => (dc.embedded[i] ? [] : l)));
  const town = mainTown(
    chosen.map((e, i) => (dc.embedded[i] ? null : e)),
    focus,
  );
  return chosen.map((e, i) => {
    if (e && !dc.embedded[i]) return { entry: e, geo: pointOf(e), rule: 'gazetteer', confidence: 0.7 };
    if (dc.accidental[i]) return null;
    const j = besideIndex(text, spans, i);
    const beside = j >= 0 && !dc.embedded[j] ? chosen[j] : null;
    if (beside) {
      return {
        entry: null,
        geo: { ...pointOf(beside), gazetteerId: null },
        rule: 'context:beside-place',
        confidence: BESIDE_CONFIDENCE,
      };
    }
    // A building named after a town ("Liverpool Academy") stands in the document's town if it has one.
    const inTownHere = dc.infos[i]!.inTown && town !== null;
    if (e && !inTownHere) {
      return { entry: e, geo: pointOf(e), rule: 'gazetteer:embedded', confidence: EMBEDDED_CONFIDENCE };
    }
    const geo = fallbackPoint(dc.infos[i]!.inTown, town, focus);
    if (geo === null) return null;
    const rule =
      geo.precision === 'country'
        ? 'context:in-focus-country'
        : `context:${dc.infos[i]!.inTown ? 'in' : 'near'}-main-town`;
    return { entry: null, geo, rule, confidence: FALLBACK_CONFIDENCE[geo.precision] ?? 0.2 };
  });
};
