import type { Evidence } from './evidence.js';
import type { MentionId } from './ids.js';

export type GeoPrecision = 'country' | 'region' | 'city' | 'district' | 'point';

export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
  readonly precision: GeoPrecision;
  /** `geonames:NNN`, `curated:aleppo/hanano`, … or null. */
  readonly gazetteerId: string | null;
  /** ISO 3166-1 alpha-2 country code, or null. */
  readonly country: string | null;
}

/** A place mention resolved to a gazetteer entry. */
export interface PlaceResolution {
  readonly mentionId: MentionId;
  readonly geo: GeoPoint;
  /** The place this one lies in, when the text says so ("the Hanano district" of Aleppo). */
  readonly withinMentionId: MentionId | null;
  readonly evidence: Evidence;
}
