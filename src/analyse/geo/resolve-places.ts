import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { gazetteerEntry, lookupPlace } from '../../geo/lookup-place.js';
import { DEMONYMS } from '../../lang/en/entities-demonyms.js';
import {
  DISTRICT_CUES_AFTER,
  REGION_CUES_AFTER,
  SETTLEMENT_CUES_AFTER,
} from '../../lang/en/geo-place-cues.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { PlaceResolution } from '../../model/geo.js';
import type { DocumentId, MentionId } from '../../model/ids.js';
import { type PlaceContext, type PlaceCue, scoreCandidate } from './score-candidate.js';

const PRODUCER = 'analyse.geo@2';
const REGION = new Set(REGION_CUES_AFTER);
const DISTRICT = new Set(DISTRICT_CUES_AFTER);
const SETTLEMENT = new Set(SETTLEMENT_CUES_AFTER);

const cueAfter = (text: string, end: number): PlaceCue => {
  const word = /^\s+([a-z]+)/.exec(text.slice(end, end + 24))?.[1] ?? '';
  if (REGION.has(word)) return 'region';
  if (DISTRICT.has(word)) return 'district';
  return SETTLEMENT.has(word) ? 'settlement' : null;
};

const best = (cands: readonly GazetteerEntry[], cue: PlaceCue, ctx: PlaceContext): GazetteerEntry =>
  cands.reduce((a, b) => {
    const d = scoreCandidate(b, cue, ctx) - scoreCandidate(a, cue, ctx);
    return d > 0 || (d === 0 && b.id < a.id) ? b : a;
  });

/** The document's country: the most frequent among unambiguous mentions, countries named counting double. */
const countryFocus = (lists: readonly (readonly GazetteerEntry[])[]): string | null => {
  const votes = new Map<string, number>();
  for (const cands of lists) {
    const countries = new Set(cands.map((c) => c.country));
    const [only] = countries;
    if (countries.size !== 1 || only === undefined) continue;
    votes.set(only, (votes.get(only) ?? 0) + (cands.some((c) => c.precision === 'country') ? 2 : 1));
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked[0] && ranked[0][1] > (ranked[1]?.[1] ?? 0) ? ranked[0][0] : null;
};

/**
 * Resolves each place mention to one gazetteer entry, in two passes: first by country focus and size, then
 * again with the places the first pass found (so "Hanano" near "Aleppo" picks the Aleppo district).
 * A mention with no candidate gets no resolution.
 */
export const resolvePlaces = (
  text: string,
  entities: readonly EntityMention[],
  documentId: DocumentId,
): PlaceResolution[] => {
  const places = entities.filter((e) => e.type === 'place' && !e.anaphoric);
  const cache = new Map<string, readonly GazetteerEntry[]>();
  const lists = places.map((p) => {
    const name = text.slice(p.span.start, p.span.end);
    let found = cache.get(name);
    if (!found) {
      // A nationality stands for its country ("Turkish" troops, a "Russian" strike), not a town of that name.
      const country = DEMONYMS[name.toLowerCase()];
      const entry = country ? gazetteerEntry(`iso:${country}`) : null;
      found = entry ? [entry] : lookupPlace(name);
      cache.set(name, found);
    }
    return found;
  });
  const cues = places.map((p) => cueAfter(text, p.span.end));
  const focus = countryFocus(lists);
  const first: PlaceContext = { focus, mentioned: new Set() };
  const pass1 = lists.map((c, i) => (c.length > 0 ? best(c, cues[i]!, first) : null));
  const second: PlaceContext = { focus, mentioned: new Set(pass1.flatMap((e) => (e ? [e.id] : []))) };

  const chosen = lists.map((c, i) => (c.length > 0 ? best(c, cues[i]!, second) : null));
  const out: PlaceResolution[] = [];
  chosen.forEach((e, i) => {
    const p = places[i]!;
    if (!e) return;
    const within = e.within === undefined ? null : nearestWith(places, chosen, e.within, p.span.start);
    const unique = lists[i]!.length === 1;
    out.push({
      mentionId: p.id,
      geo: { lat: e.lat, lon: e.lon, precision: e.precision, gazetteerId: e.id, country: e.country },
      withinMentionId: within,
      evidence: {
        documentId,
        span: p.span,
        producer: PRODUCER,
        rule: unique ? 'gazetteer:unique' : within ? 'gazetteer:within' : 'gazetteer:context',
        confidence: unique ? 0.9 : within ? 0.85 : 0.7,
      },
    });
  });
  return out;
};

const nearestWith = (
  places: readonly EntityMention[],
  chosen: readonly (GazetteerEntry | null)[],
  id: string,
  at: number,
): MentionId | null => {
  let found: MentionId | null = null;
  let distance = Number.POSITIVE_INFINITY;
  chosen.forEach((e, i) => {
    const d = Math.abs(places[i]!.span.start - at);
    if (e?.id === id && d < distance) {
      distance = d;
      found = places[i]!.id;
    }
  });
  return found;
};
