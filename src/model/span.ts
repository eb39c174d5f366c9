/** A half-open [start, end) range of UTF-16 offsets into a document's stored text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export const span = (start: number, end: number): Span => {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end)) {
    throw new RangeError(`invalid span [${start}, ${end})`);
  }
  return { start, end };
};

/** Text is derived from spans, never stored beside them. */
export const spanText = (text: string, s: Span): string => text.slice(s.start, s.end);

export const spanContains = (outer: Span, inner: Span): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

export const spansOverlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export const compareSpans = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;
