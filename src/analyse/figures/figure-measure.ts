import { FIGURE_ANIMAL_MEASURES, FIGURE_ANIMAL_NOUNS } from '../../lang/en/figures-animal-nouns.js';
import { FIGURE_MILITARY_NOUNS, FIGURE_PEOPLE_NOUNS } from '../../lang/en/figures-counted-nouns.js';
import {
  FIGURE_CONTROL_CUES,
  FIGURE_MEASURE_CUES,
  FIGURE_PREDICATE_SKIPS,
} from '../../lang/en/figures-measure-cues.js';
import {
  FIGURE_MEASURE_SUBORDINATORS,
  FIGURE_NEUTRAL_GOVERNORS,
  FIGURE_NEUTRAL_PREDICATES,
} from '../../lang/en/figures-neutral-predicates.js';
import { FIGURE_OFFENDER_NOUNS } from '../../lang/en/figures-offender-nouns.js';
import type { FigureUnit } from '../../model/figure-mention.js';
import type { Measure } from '../../model/measure.js';
import type { Token } from '../../model/token.js';
import { cueInContext } from './cue-context.js';

const PEOPLE = new Set([...FIGURE_PEOPLE_NOUNS, ...FIGURE_OFFENDER_NOUNS]);
const MILITARY = new Set(FIGURE_MILITARY_NOUNS);
const ANIMALS = new Set(FIGURE_ANIMAL_NOUNS);
const ANIMAL_MEASURES: ReadonlySet<Measure> = new Set(FIGURE_ANIMAL_MEASURES);
const CONTROL = new Set(FIGURE_CONTROL_CUES);
const SKIPS = new Set(FIGURE_PREDICATE_SKIPS);
const NEUTRAL = new Set(FIGURE_NEUTRAL_PREDICATES);
const SUBORDINATORS = new Set(FIGURE_MEASURE_SUBORDINATORS);
const GOVERNORS = new Set(FIGURE_NEUTRAL_GOVERNORS);
/** Tags of words that may still belong to a figure's noun phrase before its predicate. */
const NOUN_PHRASE = new Set(['PROPN', 'NOUN', 'ADJ']);
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

/** A neutral predicate, one word or verb + particle ("turned out"); a verb tag, where there is one. */
const isNeutral = (verb: Token, next: Token | undefined): boolean =>
  (NEUTRAL.has(verb.norm) || (next !== undefined && NEUTRAL.has(`${verb.norm} ${next.norm}`))) &&
  (verb.pos === null || verb.pos === 'VERB' || verb.pos === 'AUX');

/**
 * The figure's part of its clause, cut at a subordinator before or after it ("died after two women accosted
 * him"); a subordinator that opens the figure's own part stays ("after killing 12 people"), and one before a
 * verb does not cut ("12 are in hospital after being hurt").
 */
const ownPart = (clause: readonly Token[], figure: { readonly start: number; readonly end: number }) => {
  // "were in hospital after being hurt", "when attacked": a verb right after shares the figure's subject.
  const cuts = (t: Token, i: number) => {
    const next = clause[i + 1];
    const verb = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || /ing$/.test(next.norm));
    return SUBORDINATORS.has(t.norm) && !verb;
  };
  const from = clause.findLastIndex((t, i) => t.span.end <= figure.start && cuts(t, i));
  const to = clause.findIndex((t, i) => t.span.start >= figure.end && cuts(t, i));
  return clause.slice(Math.max(0, from), to < 0 ? clause.length : to);
};

/**
 * The measure a figure's own predicate gives it, from the words right after it: a cue ("are infected"), or
 * 'other' for a neutral predicate ("turned out", "were charged"); null when there is neither. Skipped words
 * and the rest of a noun phrase the counted noun did not take ("100 Syrian refugees fled") are passed over.
 */
const ownPredicate = (rest: readonly Token[], kinds: ReadonlySet<string>): Measure | null => {
  for (const [i, t] of rest.entries()) {
    if (SKIPS.has(t.norm)) continue;
    const measure = cueMeasure(t.norm, kinds, false);
    if (measure !== null) return measure;
    if (kinds.has('people') && isNeutral(t, rest[i + 1])) return 'other';
    if (!NOUN_PHRASE.has(t.pos ?? '')) return null;
  }
  return null;
};

/**
 * The measure of a figure: its counted noun when that is a cue ("12 dead", "30 wounded"), else its own predicate
 * ("6,800 people are infected"; 'other' for a neutral one: "hundreds turned out"), 'other' as the object of a
 * verb that harms no one ("attacked three people"), else the nearest cue word in its part of the clause (not
 * across "after"/"when") that fits the figure's kind ("killed" for people, "control" for an area or a share of
 * ground, "arrived" for troops) and speaks of it (not "his death"). `whole` is the figure's clause tokens,
 * `figure` its span (cues inside the figure itself are not read).
 */
export const figureMeasure = (
  whole: readonly Token[],
  figure: { readonly start: number; readonly end: number },
  unit: FigureUnit | null,
  what: string | null,
  territory = false,
): Measure => {
  const kinds = kindsOf(unit, what, territory);
  const clause = ownPart(whole, figure);
  // "12 dead and 30 wounded": a counted noun that is itself a cue says what it counts, whatever stands nearby.
  const own = what === null ? undefined : CUES.get(what);
  if (own && own.measure !== 'area_total' && kinds.has(own.for)) return own.measure;
  const first = clause.findIndex((t) => t.span.start >= figure.start);
  const last = clause.findLastIndex((t) => t.span.end <= figure.end);
  // "6,800 people are infected and 120 were killed": the figure's own predicate before a nearer cue elsewhere.
  // "hundreds of people turned out for a memorial for the officer killed": a predicate that is no casualty says
  // the cue further on belongs to another noun.
  const predicate =
    last >= 0 ? ownPredicate(clause.slice(last + 1, last + 1 + PREDICATE_REACH), kinds) : null;
  if (predicate !== null) return predicate;
  // "attacked three people, one of whom died": the figure is the object of a verb that harms no one.
  if (kinds.has('people') && first > 0 && GOVERNORS.has(clause[first - 1]?.norm ?? '')) return 'other';
  let best: { measure: Measure; distance: number } | null = null;
  clause.forEach((t, i) => {
    if (t.span.start >= figure.start && t.span.end <= figure.end) return;
    if (!cueInContext(clause, i)) return;
    const before = t.span.end <= figure.start;
    const distance = before ? (first < 0 ? clause.length : first) - i - 1 : i - last - 1;
    const measure = cueMeasure(t.norm, kinds, before && distance < TOTAL_REACH);
    if (measure !== null && (best === null || distance < best.distance)) best = { measure, distance };
  });
  return (best as { measure: Measure } | null)?.measure ?? 'other';
};

export const isPeopleNoun = (what: string | null): boolean => what !== null && PEOPLE.has(what);
