import type { LinkedClaim } from '../../link/claims/build-claims.js';
import type { EntityIndex } from '../../link/entities/merge-entities.js';
import { docText } from '../../link/story-doc.js';
import { EVENT_TAXONOMY } from '../../model/event-taxonomy.js';
import type { PictureEntity } from '../../model/picture.js';
import { spanContains } from '../../model/span.js';

const FALLBACK_WORDS = 6;
const PRECISION = ['point', 'district', 'city', 'region', 'country'];

/** Finer places first (the district before the city it lies in); unresolved places last. */
const rank = (e: PictureEntity): number => (e.geo ? PRECISION.indexOf(e.geo.precision) : PRECISION.length);

/**
 * A short label for what a claim is about: the type of the first event told in its content and the finest
 * place named in it ("Territory change — al-Sakhour"); else the content's first words.
 */
export const claimAbout = (c: LinkedClaim, entities: EntityIndex): string => {
  const content = c.attribution.content;
  const { events, entities: mentions } = c.doc.analysis;
  const event = events.find((e) => spanContains(content, e.trigger));
  const places = mentions
    .filter((m) => m.type === 'place' && spanContains(content, m.span))
    .map((m) => entities.entities.find((e) => e.id === entities.entityOf(m.id)))
    .filter((e) => e !== undefined)
    .sort((a, b) => rank(a) - rank(b));
  const placeName = places[0]?.name ?? null;
  const parts = [event ? EVENT_TAXONOMY[event.type].label : null, placeName].filter((p) => p !== null);
  if (parts.length > 0) return parts.join(' — ');
  return docText(c.doc, content).trim().split(/\s+/).slice(0, FALLBACK_WORDS).join(' ');
};
