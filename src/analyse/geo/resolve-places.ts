import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { PlaceResolution } from '../../model/geo.js';
import type { DocumentId, MentionId } from '../../model/ids.js';
import { documentCandidates } from './document-candidates.js';
import { notPlaceMention } from './not-place-mention.js';
import { isDemonymName } from './place-candidates.js';
import { resolvePoints } from './resolve-points.js';

export const GEO_PRODUCER = 'analyse.geo@16';
/**
 * Resolves each place mention to one gazetteer entry: a first pass by kind of place, size, the document's
 * country and the words around the mention; then passes that also weigh the places the previous pass found
 * (a town near the document's other places, in a region or country it names, a district of a city it names:
 * "Hanano" near "Aleppo" is the Aleppo district). A name the gazetteer lacks is placed where the text puts it
 * ("… in Geneva", "Camp Murray, Wash."), at the place named inside it ("Bank of Japan"), or, when the text says it is a
 * place's, by `fallbackPoint`, with lower confidence (see `resolvePoints`); words that name a place only by accident
 * ("the West", "Sharia") get no resolution. Definite nouns that stand for a place just named ("the city") are
 * the geo stage's next step (`placeAnaphora`, which reads the sentences). A demonym typed a place ("a Canadian")
 * counts as context for the others but gets no resolution of its own, unless the caller is certain of it.
 */
export const resolvePlaces = (
  text: string,
  entities: readonly EntityMention[],
  documentId: DocumentId,
): PlaceResolution[] => {
  const keys = new Set(entities.map((e) => e.key));
  // A mention typed with certainty (confidence 1: gold or caller-given toponyms) is a place whatever is around it.
  const places = entities.filter(
    (e) =>
      e.type === 'place' &&
      !e.anaphoric &&
      (e.evidence.confidence >= 1 || !notPlaceMention(text, e, entities, keys)),
  );
  const spans = places.map((p) => p.span);
  const dc = documentCandidates(text, spans);
  // A mention typed with certainty (confidence 1: gold or caller-given toponyms) needs no place evidence.
  const certain = places.map((p) => p.evidence.confidence >= 1);
  const points = resolvePoints(text, spans, dc, undefined, certain);
  const chosen = points.map((r) => r?.entry ?? null);
  const out: PlaceResolution[] = [];
  points.forEach((r, i) => {
    const p = places[i]!;
    // A demonym ("a Canadian", "Turkish") steers the others' choice but is no place of its own.
    if (r === null || (!certain[i] && isDemonymName(text.slice(p.span.start, p.span.end)))) return;
    const e = r.entry;
    let rule = r.rule;
    let confidence = r.confidence;
    let within: MentionId | null = null;
    if (e && rule === 'gazetteer') {
      within = e.within === undefined ? null : nearestWith(places, chosen, e.within, p.span.start);
      const unique = dc.lists[i]!.length === 1;
      rule = unique ? 'gazetteer:unique' : within ? 'gazetteer:within' : 'gazetteer:context';
      confidence = unique ? 0.9 : within ? 0.85 : 0.7;
    }
    out.push({
      mentionId: p.id,
      geo: r.geo,
      withinMentionId: within,
      evidence: { documentId, span: p.span, producer: GEO_PRODUCER, rule, confidence },
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
