/**
 * Labels and one-line meanings of every closed vocabulary in the picture. Records keyed by the model's
 * unions, so a value added to the model without a note here does not compile. Source of docs/vocabularies.md.
 */
import type { DatePrecision } from '../model/date.js';
import type { EntityType } from '../model/entity-mention.js';
import type { ChangeExtent } from '../model/event-mention.js';
import type { Modality } from '../model/event-type.js';
import type { FigureUnit } from '../model/figure-mention.js';
import type { GeoPrecision } from '../model/geo.js';
import type { Measure } from '../model/measure.js';
import type { ConflictKind, EventStatus } from '../model/picture.js';
import type { Stance } from '../model/stance.js';

export interface VocabularyNote {
  readonly label: string;
  readonly meaning: string;
}

const note = (label: string, meaning: string): VocabularyNote => ({ label, meaning });

export const MEASURE_NOTES: { readonly [K in Measure]: VocabularyNote } = {
  killed: note('Killed', 'people killed (dead, died, lost their lives)'),
  injured: note('Injured', 'people wounded or injured'),
  displaced: note('Displaced', 'people displaced from their homes, whatever the cause'),
  fled: note('Fled', 'people who fled or left an area'),
  evacuated: note('Evacuated', 'people taken out of an area by an organised evacuation'),
  arrested: note('Arrested', 'people arrested'),
  detained: note('Detained', 'people detained or held'),
  missing: note('Missing', 'people missing or unaccounted for'),
  affected: note('Affected', 'people affected or in need'),
  troops: note('Troops', 'fighters, soldiers or personnel deployed'),
  area_controlled: note('Area controlled', 'area held by a party (km²)'),
  area_total: note('Area total', 'the whole area a share or control figure refers to (km²)'),
  share_controlled: note('Share controlled', 'fraction of an area held by a party (0–1; "nearly half")'),
  returned: note('Returned', 'people who returned to their homes'),
  other: note('Other', 'any other count or measure the text states'),
};

export const STANCE_NOTES: { readonly [K in Stance]: VocabularyNote } = {
  asserts: note('asserts', 'states the content as fact ("said", "according to")'),
  denies: note('denies', 'says the content is false ("denied", "rejected")'),
  confirms: note('confirms', 'says an earlier claim is true ("confirmed")'),
  accuses: note('accuses', 'blames another party ("accused", "blamed")'),
  warns: note('warns', 'warns of something feared or expected ("warned")'),
  proposes: note('proposes', 'puts forward a plan or offer ("proposed", "offered")'),
  demands: note('demands', 'calls for an action ("demanded", "urged", "called for")'),
  hopes: note('hopes', 'expresses a wish ("hoped", "expects")'),
  announces: note('announces', 'makes a decision or measure public ("announced", "declared")'),
  declines: note(
    'declines',
    'withholds a stance on the content: neither confirms nor denies it ("did not confirm", "declined to comment")',
  ),
};

export const MODALITY_NOTES: { readonly [K in Modality]: VocabularyNote } = {
  happened: note('happened', 'the text tells the event as having taken place'),
  denied: note('denied', 'the text, or a claimant in it, says the event did not take place'),
  planned: note('planned', 'the event is announced, intended or scheduled'),
  hypothetical: note('hypothetical', 'the event is a condition or possibility ("would", "if")'),
  feared: note('feared', 'the event is feared or warned of'),
  attempted: note('attempted', 'the event was tried or sought ("tried to seize"), not told as achieved'),
};

export const EXTENT_NOTES: { readonly [K in ChangeExtent]: VocabularyNote } = {
  whole: note(
    'holds',
    'the side took the place itself ("captured the town of X", "X fell to"), or the place is a district or a site',
  ),
  part: note(
    'advancing inside',
    'the side took ground inside the place ("advanced in east X"), not all of it',
  ),
};

export const ENTITY_TYPE_NOTES: { readonly [K in EntityType]: VocabularyNote } = {
  person: note('Person', 'a named person or a person described by role'),
  organization: note('Organization', 'a government, army, agency, monitor, outlet or company'),
  group: note('Group', 'an armed group, militia, party or population group'),
  place: note('Place', 'a country, region, city, district or site'),
  other: note('Other', 'anything else named in the text'),
};

export const GEO_PRECISION_NOTES: { readonly [K in GeoPrecision]: VocabularyNote } = {
  country: note('country', 'the point stands for a whole country'),
  region: note('region', 'a province, governorate or other first-level region'),
  city: note('city', 'a city, town or village'),
  district: note('district', 'a district or neighbourhood inside a city'),
  point: note('point', 'a site: a building, crossing, road junction'),
};

export const DATE_PRECISION_NOTES: { readonly [K in DatePrecision]: VocabularyNote } = {
  day: note('day', 'the date is known to the day'),
  week: note('week', 'the date is known to the week'),
  month: note('month', 'the date is known to the month'),
  year: note('year', 'the date is known to the year'),
};

export const FIGURE_UNIT_NOTES: { readonly [K in FigureUnit]: VocabularyNote } = {
  people: note('people', 'a count of people'),
  count: note('count', 'a count of things (buildings, vehicles, strikes)'),
  km2: note('km²', 'an area in square kilometres (square miles are converted)'),
  share: note('share', 'a fraction in [0, 1] ("nearly half" is < 0.5, "60 percent" is 0.6)'),
  usd: note('USD', 'an amount in US dollars'),
  km: note('km', 'a distance in kilometres'),
  other: note('other', 'any other unit'),
};

export const EVENT_STATUS_NOTES: { readonly [K in EventStatus]: VocabularyNote } = {
  reported: note('reported', 'told by one independent source'),
  corroborated: note('corroborated', 'told by two or more independent sources (wire copies count once)'),
  disputed: note('disputed', 'told by one source and denied or contradicted by another'),
};

export const CONFLICT_KIND_NOTES: { readonly [K in ConflictKind]: VocabularyNote } = {
  contradiction: note(
    'Contradiction',
    'sources give incompatible accounts of the same thing at the same time',
  ),
  evolution: note('Evolution', 'a series changes over time (a later figure replaces an earlier one)'),
  denial: note('Denial', 'a claimant denies what another reports'),
  discrepancy: note(
    'Discrepancy',
    'sources give different figures and at least one is undated, so which is newer cannot be told',
  ),
};

/** The keys of a notes record, in declaration order: the vocabulary itself. */
export const vocabulary = <K extends string>(notes: { readonly [P in K]: VocabularyNote }): readonly K[] =>
  Object.keys(notes) as K[];
