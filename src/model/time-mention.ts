import type { DateRange } from './date.js';
import type { Evidence } from './evidence.js';
import type { MentionId } from './ids.js';
import type { Span } from './span.js';

/** TimeML TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** How the expression relates its range to what it qualifies: "since November 15" is a window start. */
export type TimeRelation = 'at' | 'since' | 'until' | 'during' | 'before' | 'after';

export interface TimeMention {
  readonly id: MentionId;
  readonly span: Span;
  readonly type: TimexType;
  /** TIMEX3 value: `2016-11-26`, `2016-11`, `2016-W47`, `P5Y`, `PRESENT_REF`, `XXXX-XX-XX`… */
  readonly value: string;
  /** The calendar range meant, when it can be anchored; null for durations and sets. */
  readonly range: DateRange | null;
  readonly relation: TimeRelation;
  readonly evidence: Evidence;
}
