import { EXAMPLE_MARKERS } from '../../lang/en/figures-measure-cues.js';
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

/** Whether a place after the figure is named as an example ("…, including the towns of Gao and Kidal"). */
const asExample = (text: string, figure: Span, place: Span): boolean =>
  place.start >= figure.end && EXAMPLE_MARKERS.some((m) => m.test(text.slice(figure.end, place.start)));

/**
 * The place a figure is about: a place mention in its clause that is not a modifier of something else ("US-led",
 * "Iraqi police", "the Aleppo district of X": isPlaceModifier, shared with the events stage) nor an example
 * after it ("including Gao"), the nearest one.
 */
export const figurePlace = (
  site: FigureSite,
  entities: readonly EntityMention[],
  text: string,
): MentionId | null => {
  let best: { id: MentionId; d: number } | null = null;
  for (const e of entities) {
    if (e.type !== 'place' || !inside(site.clause, e.span) || isPlaceModifier(text, e, entities)) continue;
    if (asExample(text, site.span, e.span)) continue;
    const d = distance(site.span, e.span);
    if (best === null || d < best.d) best = { id: e.id, d };
  }
  return best?.id ?? null;
};

/** Text between two figures that makes the first a part of the second: "20 km² (…) of the total 45 km²". */
export const PART_OF_TOTAL =
  /^\s*(?:\([^)]*\)\s*)?(?:of|out\s+of)\s+(?:(?:the|a)\s+)?(?:total\s+(?:of\s+)?)?$/i;
