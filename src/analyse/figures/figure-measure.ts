import { FIGURE_ANIMAL_MEASURES, FIGURE_ANIMAL_NOUNS } from '../../lang/en/figures-animal-nouns.js';
import { FIGURE_MILITARY_NOUNS, FIGURE_PEOPLE_NOUNS } from '../../lang/en/figures-counted-nouns.js';
import {
  FIGURE_CONTROL_CUES,
  FIGURE_MEASURE_CUES,
  FIGURE_PREDICATE_SKIPS,
} from '../../lang/en/figures-measure-cues.js';
import { FIGURE_OFFENDER_NOUNS } from '../../lang/en/figures-offender-nouns.js';
import type { FigureUnit } from '../../model/figure-mention.js';
import type { Measure } from '../../model/measure.js';
import type { Token } from '../../model/token.js';

const PEOPLE = new Set([...FIGURE_PEOPLE_NOUNS, ...FIGURE_OFFENDER_NOUNS]);
const MILITARY = new Set(FIGURE_MILITARY_NOUNS);
const ANIMALS = new Set(FIGURE_ANIMAL_NOUNS);
const ANIMAL_MEASURES: ReadonlySet<Measure> = new Set(FIGURE_ANIMAL_MEASURES);
const CONTROL = new Set(FIGURE_CONTROL_CUES);
const SKIPS = new Set(FIGURE_PREDICATE_SKIPS);
const CUES = new Map<string, (typeof FIGURE_MEASURE_CUES)[number]>();
for (const c of FIGURE_MEASURE_CUES) for (const w of c.words) CUES.set(w, c);
/** An area_total cue ("total", "entire") must stand just before the figure: "of the total 45 km²". */
const TOTAL_REACH = 3;
/** How many words may stand between a figure and its own predicate ("are believed to have been killed"). */
const PREDICATE_REACH = 5;

/**
 * What kinds of figure a cue may apply to, from the figure's unit and counted noun; `territory` says a share is
 * a share of ground ("of the city"), the only share a control word makes `share_controlled`; animals ("28 sheep")
 * take only the animal measures (deaths).
 */
const kindsOf = (unit: FigureUnit | null, what: string | null, territory: boolean): Set<string> => {
  const kinds = new Set<string>();
  if (unit === 'km2') kinds.add('area');
  if (unit === 'share') kinds.add('share');
  if (unit === 'share' && territory) kinds.add('territory');
  if (what !== null && MILITARY.has(what)) kinds.add('military');
  if (unit === null && what !== null && ANIMALS.has(what)) kinds.add('animal');
  if ((unit === null || unit === 'share') && (what === null ? unit === null : PEOPLE.has(what)))
    kinds.add('people');
  return kinds;
};

/** The measure one word gives a figure of these kinds, or null; `total` allows an area_total cue. */
const cueMeasure = (word: string, kinds: ReadonlySet<string>, total: boolean): Measure | null => {
  if (CONTROL.has(word)) {
    if (kinds.has('area')) return 'area_controlled';
    if (kinds.has('territory')) return 'share_controlled';
  }
  const cue = CUES.get(word);
  if (!cue || (cue.measure === 'area_total' && !total)) return null;
  // "killed 28 sheep", "11 lions died": a death cue for people counts dead animals too.
  if (!kinds.has(cue.for) && !(kinds.has('animal') && ANIMAL_MEASURES.has(cue.measure))) return null;
  return cue.measure;
};

/**
 * The measure of a figure: its counted noun when that is a cue ("12 dead", "30 wounded"), else its own predicate
 * ("6,800 people are infected"), else the nearest cue word in its clause that fits the figure's kind ("killed"
 * for people, "control" for an area or a share of ground, "arrived" for troops). `clause` is the figure's
 * clause tokens, `figure` its span (cues inside the figure itself are not read).
 */
export const figureMeasure = (
  clause: readonly Token[],
  figure: { readonly start: number; readonly end: number },
  unit: FigureUnit | null,
  what: string | null,
  territory = false,
): Measure => {
  const kinds = kindsOf(unit, what, territory);
  // "12 dead and 30 wounded": a counted noun that is itself a cue says what it counts, whatever stands nearby.
  const own = what === null ? undefined : CUES.get(what);
  if (own && own.measure !== 'area_total' && kinds.has(own.for)) return own.measure;
  const first = clause.findIndex((t) => t.span.start >= figure.start);
  const last = clause.findLastIndex((t) => t.span.end <= figure.end);
  // "6,800 people are infected and 120 were killed": the figure's own predicate before a nearer cue elsewhere.
  if (last >= 0) {
    const rest = clause.slice(last + 1, last + 1 + PREDICATE_REACH);
    const verb = rest.find((t) => !SKIPS.has(t.norm));
    const measure = verb ? cueMeasure(verb.norm, kinds, false) : null;
    if (measure !== null) return measure;
  }
  let best: { measure: Measure; distance: number } | null = null;
  clause.forEach((t, i) => {
    if (t.span.start >= figure.start && t.span.end <= figure.end) return;
    const before = t.span.end <= figure.start;
    const distance = before ? (first < 0 ? clause.length : first) - i - 1 : i - last - 1;
    const measure = cueMeasure(t.norm, kinds, before && distance < TOTAL_REACH);
    if (measure !== null && (best === null || distance < best.distance)) best = { measure, distance };
  });
  return (best as { measure: Measure } | null)?.measure ?? 'other';
};

export const isPeopleNoun = (what: string | null): boolean => what !== null && PEOPLE.has(what);
