import type { Attribution } from '../../model/attribution.js';
import { type Span, spanContains } from '../../model/span.js';

/** The innermost attribution whose content contains the span: who says what the span says; null when the outlet does. */
export const coveringAttribution = (attributions: readonly Attribution[], s: Span): Attribution | null =>
  attributions
    .filter((a) => spanContains(a.content, s))
    .sort(
      (a, b) =>
        a.content.end - a.content.start - (b.content.end - b.content.start) ||
        a.content.start - b.content.start,
    )[0] ?? null;
