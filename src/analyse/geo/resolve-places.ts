import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { PlaceResolution } from '../../model/geo.js';
import type { DocumentId, MentionId } from '../../model/ids.js';
import { choosePlaces, mainTown } from './choose-places.js';
import { countryFocus } from './country-focus.js';
import { FALLBACK_CONFIDENCE, fallbackPoint } from './fallback-point.js';
import { mentionInfos } from './mention-info.js';
import { isAccidentalPlaceName, placeCandidates } from './place-candidates.js';

const PRODUCER = 'analyse.geo@3';
/**
 * Resolves each place mention to one gazetteer entry: a first pass by kind of place, size, the document's
 * country and the words around the mention; then passes that also weigh the places the previous pass found
 * (a town near the document's other places, in a region or country it names, a district of a city it names:
 * "Hanano" near "Aleppo" is the Aleppo district). A name the gazetteer lacks is placed by `fallbackPoint`,
 * with low confidence; words that name a place only by accident ("the West") get no resolution.
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
    const found = cache.get(name) ?? placeCandidates(name);
    cache.set(name, found);
    return found;
  });
  const infos = mentionInfos(
    text,
    places.map((p) => p.span),
  );
  const chosen = choosePlaces(lists, infos);

  const town = mainTown(chosen);
  const focus = countryFocus(lists);
  const out: PlaceResolution[] = [];
  chosen.forEach((e, i) => {
    const p = places[i]!;
    if (!e) {
      const name = text.slice(p.span.start, p.span.end);
      const geo = isAccidentalPlaceName(name) ? null : fallbackPoint(infos[i]!.inTown, town, focus);
      if (geo === null) return;
      const rule =
        geo.precision === 'country'
          ? 'context:in-focus-country'
          : `context:${infos[i]!.inTown ? 'in' : 'near'}-main-town`;
      out.push({
        mentionId: p.id,
        geo,
        withinMentionId: null,
        evidence: {
          documentId,
          span: p.span,
          producer: PRODUCER,
          rule,
          confidence: FALLBACK_CONFIDENCE[geo.precision] ?? 0.2,
        },
      });
      return;
    }
    const within = e.within === undefined ? null : nearestWith(places, chosen, e.within, p.span.start);
    const unique = lists[i]!.length === 1;
    out.push({
      mentionId: p.id,
      geo: { lat: e.lat, lon: e.lon, precision: e.precision, gazetteerId: e.id, country: e.country || null },
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
