import { EXAMPLE_MARKERS } from '../../lang/en/figures-measure-cues.js';
import { FIGURE_COMPASS_WORDS, FIGURE_TERRITORY_NOUNS } from '../../lang/en/figures-territory-nouns.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { MentionId } from '../../model/ids.js';
import type { Span } from '../../model/span.js';
import type { TimeMention } from '../../model/time-mention.js';
import { isPlaceModifier } from '../entities/place-modifier.js';

/** Where a figure stands: its span, and the span of its clause inside its sentence. */
export interface FigureSite {
  readonly span: Span;
  readonly clause: Span;
  readonly sentence: Span;
}

const COMPASS = new Set(FIGURE_COMPASS_WORDS);
/** A figure that counts places ("the three major towns"): places after it and "of" are the places counted. */
const COUNTS_PLACES = new RegExp(
  `\\b(?:${FIGURE_TERRITORY_NOUNS.filter((w) => /s$/.test(w)).join('|')})$`,
  'i',
);
const inside = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;
const distance = (a: Span, b: Span) =>
  a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;

/**
 * The time that dates or windows a figure: in its sentence, its own clause first, a "since" window before
 * other times, then the nearest.
 */
export const figureTime = (site: FigureSite, times: readonly TimeMention[]): MentionId | null => {
  const ranked = times
    .filter((t) => inside(site.sentence, t.span))
    .map((t) => ({
      t,
      key: [inside(site.clause, t.span) ? 0 : 1, t.relation === 'since' ? 0 : 1, distance(site.span, t.span)],
    }))
    .sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.key[2]! - b.key[2]!);
  return ranked[0]?.t.id ?? null;
};

/**
 * Whether a place after the figure is named as an example ("…, including the towns of Gao and Kidal") or as one
 * of the places the figure counts ("the three towns of Gao, Kidal and Timbuktu").
 */
const asExample = (text: string, figure: Span, place: Span): boolean => {
  if (place.start < figure.end) return false;
  const between = text.slice(figure.end, place.start);
  if (EXAMPLE_MARKERS.some((m) => m.test(between))) return true;
  return (
    COUNTS_PLACES.test(text.slice(figure.start, figure.end)) &&
    /^\s+of\s+(?:[^.;]*(?:,|\sand|\sor)\s*)?$/.test(between)
  );
};

/**
 * The place a figure is about: a place mention in its clause that is not a modifier of something else ("US-led",
 * "Iraqi police", "the Aleppo district of X": isPlaceModifier, shared with the events stage) nor an example
 * after it ("including Gao"), nor a bare compass word ("North" of "North and West Africa"), the nearest one;
 * with `beforeOnly`, only a place before the figure.
 */
export const figurePlace = (
  site: FigureSite,
  entities: readonly EntityMention[],
  text: string,
  beforeOnly = false,
): MentionId | null => {
  let best: { id: MentionId; d: number } | null = null;
  for (const e of entities) {
    if (e.type !== 'place' || !inside(site.clause, e.span) || isPlaceModifier(text, e, entities)) continue;
    if (asExample(text, site.span, e.span) || (beforeOnly && e.span.start >= site.span.end)) continue;
    if (COMPASS.has(text.slice(e.span.start, e.span.end).toLowerCase())) continue;
    const d = distance(site.span, e.span);
    if (best === null || d < best.d) best = { id: e.id, d };
  }
  return best?.id ?? null;
};

/** Text between two figures that makes the first a part of the second: "20 km² (…) of the total 45 km²". */
export const PART_OF_TOTAL =
  /^\s*(?:\([^)]*\)\s*)?(?:of|out\s+of)\s+(?:(?:the|a)\s+)?(?:total\s+(?:of\s+)?)?$/i;
