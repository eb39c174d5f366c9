import type { Evidence } from './evidence.js';
import type { MentionId } from './ids.js';
import type { Measure } from './measure.js';
import type { Span } from './span.js';

/** Units after normalisation. `share` is a fraction in [0, 1] ("nearly half", "60 percent"). */
export type FigureUnit = 'people' | 'count' | 'km2' | 'share' | 'usd' | 'km' | 'other';

/** A number that counts or measures something in the story, with its bounds. */
export interface FigureMention {
  readonly id: MentionId;
  /** From the approximator (if any) to the end of the counted noun phrase. */
  readonly span: Span;
  /** Exact value when stated exactly or approximately ("around 310" → 310); null for pure bounds. */
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly unit: FigureUnit;
  readonly approximate: boolean;
  /** The approximator as written ("nearly", "more than"), or null. */
  readonly approximator: Span | null;
  /** What is counted: the head noun ("civilians", "people", "pilots"), or null. */
  readonly what: string | null;
  readonly measure: Measure;
  /** The figure this is a part of ("Nearly 20,000 of them"; "20 of the total 45 km²"), or null. */
  readonly partOf: MentionId | null;
  /** The figure this one says again in other units ("20 km² (nearly 8 sq mi)": the 8 sq mi), or null. */
  readonly restates: MentionId | null;
  /** The time mention that dates or windows the figure, or null. */
  readonly timeId: MentionId | null;
  /** The place mention the figure is about, or null. */
  readonly placeId: MentionId | null;
  readonly evidence: Evidence;
}
