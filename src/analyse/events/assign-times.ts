import type { MentionId } from '../../model/ids.js';
import type { Span } from '../../model/span.js';
import type { TimeMention } from '../../model/time-mention.js';

const distance = (a: Span, b: Span): number => Math.max(0, a.start - b.end, b.start - a.end);

const nearestIndex = (to: Span, spans: readonly Span[], ok: (i: number) => boolean = () => true): number => {
  let best = -1;
  spans.forEach((s, i) => {
    if (ok(i) && (best < 0 || distance(to, s) < distance(to, spans[best]!))) best = i;
  });
  return best;
};

/**
 * The time of each trigger of one sentence. Each time expression first goes to the trigger nearest it
 * ("Overnight, X seized … where fighting had raged a day earlier"); a trigger with none of its own takes the
 * sentence's time nearest to it. `fits` says whether a time may date a trigger at all (not one that dates
 * another clause's untold event: "Having failed in 2001, …, officials were told about the raid").
 */
export const assignTimes = (
  triggers: readonly Span[],
  times: readonly TimeMention[],
  fits: (time: number, trigger: number) => boolean = () => true,
): (MentionId | null)[] => {
  const own: number[][] = triggers.map(() => []);
  times.forEach((t, ti) => {
    own[nearestIndex(t.span, triggers, (i) => fits(ti, i))]?.push(ti);
  });
  const spans = times.map((t) => t.span);
  return triggers.map((s, i) => {
    const mine = own[i]!;
    const pick =
      mine[
        nearestIndex(
          s,
          mine.map((ti) => spans[ti]!),
        )
      ] ?? nearestIndex(s, spans, (ti) => fits(ti, i));
    return times[pick]?.id ?? null;
  });
};
