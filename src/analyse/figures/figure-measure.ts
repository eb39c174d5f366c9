import { FIGURE_MILITARY_NOUNS, FIGURE_PEOPLE_NOUNS } from '../../lang/en/figures-counted-nouns.js';
import { FIGURE_CONTROL_CUES, FIGURE_MEASURE_CUES } from '../../lang/en/figures-measure-cues.js';
import type { FigureUnit } from '../../model/figure-mention.js';
import type { Measure } from '../../model/measure.js';
import type { Token } from '../../model/token.js';

const PEOPLE = new Set(FIGURE_PEOPLE_NOUNS);
const MILITARY = new Set(FIGURE_MILITARY_NOUNS);
const CONTROL = new Set(FIGURE_CONTROL_CUES);
const CUES = new Map<string, (typeof FIGURE_MEASURE_CUES)[number]>();
for (const c of FIGURE_MEASURE_CUES) for (const w of c.words) CUES.set(w, c);
/** An area_total cue ("total", "entire") must stand just before the figure: "of the total 45 km²". */
const TOTAL_REACH = 3;

/** What kinds of figure a cue may apply to, from the figure's unit and counted noun. */
const kindsOf = (unit: FigureUnit | null, what: string | null): Set<string> => {
  const kinds = new Set<string>();
  if (unit === 'km2') kinds.add('area');
  if (unit === 'share') kinds.add('share');
  if (what !== null && MILITARY.has(what)) kinds.add('military');
  if ((unit === null || unit === 'share') && (what === null ? unit === null : PEOPLE.has(what)))
    kinds.add('people');
  return kinds;
};

/**
 * The measure of a figure: the nearest cue word in its clause that fits the figure's kind ("killed" for
 * people, "control" for an area or a share, "arrived" for troops). `clause` is the figure's clause tokens,
 * `at` the index in it where the figure stands (cues inside the figure itself are not read).
 */
export const figureMeasure = (
  clause: readonly Token[],
  figure: { readonly start: number; readonly end: number },
  unit: FigureUnit | null,
  what: string | null,
): Measure => {
  const kinds = kindsOf(unit, what);
  let best: { measure: Measure; distance: number } | null = null;
  const first = clause.findIndex((t) => t.span.start >= figure.start);
  const last = clause.findLastIndex((t) => t.span.end <= figure.end);
  clause.forEach((t, i) => {
    if (t.span.start >= figure.start && t.span.end <= figure.end) return;
    const before = t.span.end <= figure.start;
    const distance = before ? (first < 0 ? clause.length : first) - i - 1 : i - last - 1;
    let measure: Measure | null = null;
    const cue = CUES.get(t.norm);
    if (CONTROL.has(t.norm))
      measure = kinds.has('area') ? 'area_controlled' : kinds.has('share') ? 'share_controlled' : null;
    if (measure === null && cue && kinds.has(cue.for)) {
      if (cue.measure === 'area_total' && !(before && distance < TOTAL_REACH)) return;
      measure = cue.measure;
    }
    if (measure !== null && (best === null || distance < best.distance)) best = { measure, distance };
  });
  return (best as { measure: Measure } | null)?.measure ?? 'other';
};

export const isPeopleNoun = (what: string | null): boolean => what !== null && PEOPLE.has(what);
