import { DEMONYMS } from '../../lang/en/entities-demonyms.js';
import {
  AREA_NOUNS,
  PLACE_MODIFIED_ACTORS,
  PLACE_MODIFIER_SUFFIXES,
  SITE_HEADS,
} from '../../lang/en/events-place-cues.js';
import { GEO_DEMONYMS } from '../../lang/en/geo-demonyms.js';
import type { EntityMention } from '../../model/entity-mention.js';

const HYPHENATED = /^\s*[-‐–]\s*([a-z]+)/i;
const POSSESSIVE = /^['’]s\s+/;
// "the eastern Aleppo district of al-Sakhour", "the Syrian town of Azaz": the named area is the place
const AREA_OF = new RegExp(`^\\s+(?:${[...AREA_NOUNS].join('|')})\\s+of\\b`, 'i');
const NEXT_WORDS = /^\s+([a-z]+)(?:\s+([a-z]+))?/i;

/**
 * A place name that qualifies something else rather than telling where an event happened: a nationality
 * adjective ("Syrian town", "Iraqi police"), the first half of "US-led", "Aleppo-based", the attribute of an actor
 * ("the U.S. military", "Iraq's army") or the possessor of another name ("Lebanon's Hezbollah", "Aleppo's Bab
 * al-Nairab", where the district is the place). `entities` are the sentence's mentions, in text order.
 */
export const isPlaceModifier = (
  text: string,
  e: EntityMention,
  entities: readonly EntityMention[],
): boolean => {
  const name = text.slice(e.span.start, e.span.end).toLowerCase();
  const rest = text.slice(e.span.end, e.span.end + 40);
  if (AREA_OF.test(rest)) return true;
  // "a Latvian town" tells where; "Syrian warplanes", "Iraqi police" do not
  if (DEMONYMS[name] !== undefined || GEO_DEMONYMS[name] !== undefined)
    return !AREA_NOUNS.has(NEXT_WORDS.exec(rest)?.[1]?.toLowerCase() ?? '');
  const suffix = HYPHENATED.exec(rest)?.[1]?.toLowerCase();
  if (suffix !== undefined && PLACE_MODIFIER_SUFFIXES.has(suffix)) return true;
  const possessive = POSSESSIVE.exec(rest);
  const after = possessive ? rest.slice(possessive[0].length - 1) : rest;
  const [, word, head] = (NEXT_WORDS.exec(after) ?? []).map((w) => w?.toLowerCase());
  if (word !== undefined && PLACE_MODIFIED_ACTORS.has(word) && !SITE_HEADS.has(head ?? '')) return true;
  if (!possessive) return false;
  const next = e.span.end + possessive[0].length;
  return entities.some((o) => o.span.start === next);
};
