import { type IsoDate, parseIsoDate } from '../../model/date.js';
import { cosine, type TermVector } from './tf-idf.js';

/** What story clustering knows about one report. */
export interface StoryFeatures {
  readonly vector: TermVector;
  /** Keys of the non-anaphoric entities the report names. */
  readonly entityKeys: ReadonlySet<string>;
  readonly published: IsoDate | null;
}

/** Weight of the text cosine; the rest goes to shared entities. */
const TEXT_WEIGHT = 0.6;
/** Reports this many days apart or fewer are fully comparable; farther ones fade to half at FADE_DAYS. */
const NEAR_DAYS = 14;
const FADE_DAYS = 90;

/** Share of the smaller entity set the two reports have in common (overlap coefficient). */
export const entityOverlap = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  if (small.size === 0) return 0;
  let shared = 0;
  for (const k of small) if (large.has(k)) shared += 1;
  return shared / small.size;
};

/** 1 for reports this many days apart or closer (or undated: null), falling linearly to 0.5 at FADE_DAYS. */
export const proximityOfDays = (days: number | null): number => {
  if (days === null || days <= NEAR_DAYS) return 1;
  return 1 - 0.5 * Math.min(1, (days - NEAR_DAYS) / (FADE_DAYS - NEAR_DAYS));
};

/** 1 for reports close in time (or undated), falling linearly to 0.5 at FADE_DAYS apart. */
export const dateProximity = (a: IsoDate | null, b: IsoDate | null): number =>
  proximityOfDays(
    a === null || b === null
      ? null
      : Math.abs(parseIsoDate(a).getTime() - parseIsoDate(b).getTime()) / 86_400_000,
  );

/**
 * The text cosine raised by shared entities when they agree (max of the cosine and a 0.6/0.4 blend with the
 * entity overlap, so reports whose entity layer is empty still meet on text alone), scaled by date proximity.
 */
export const combinedSimilarity = (text: number, overlap: number, proximity: number): number =>
  Math.max(text, TEXT_WEIGHT * text + (1 - TEXT_WEIGHT) * overlap) * proximity;

/** How likely two reports tell the same story, in [0, 1] (combinedSimilarity of their features). */
export const reportSimilarity = (a: StoryFeatures, b: StoryFeatures): number =>
  combinedSimilarity(
    cosine(a.vector, b.vector),
    entityOverlap(a.entityKeys, b.entityKeys),
    dateProximity(a.published, b.published),
  );
