import type { DateRange, IsoDate } from '../../model/date.js';
import type { TimexType } from '../../model/time-mention.js';

/** A temporal expression found by one rule, before overlaps are settled. Offsets are into the document. */
export interface TimeCandidate {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly value: string;
  readonly range: DateRange | null;
  readonly rule: string;
  readonly confidence: number;
  /** Higher wins an overlap; then the longer span. News rules 3, chrono 2, bare durations 1. */
  readonly priority: number;
}

/** One rule: the sentence text, its offset in the document and the reference date → candidates. */
export type TimeRule = (text: string, offset: number, ref: IsoDate | null) => TimeCandidate[];

/** Every match of a global regex, with a builder for its candidate (null = not a time). */
export const matchAll = (
  re: RegExp,
  text: string,
  build: (m: RegExpExecArray) => Omit<TimeCandidate, 'start' | 'end'> | null,
  offset: number,
  trimStart = (m: RegExpExecArray) => m.index,
): TimeCandidate[] => {
  const out: TimeCandidate[] = [];
  for (const m of text.matchAll(re)) {
    const c = build(m);
    if (c) out.push({ ...c, start: offset + trimStart(m), end: offset + m.index + m[0].length });
  }
  return out;
};
