import type { MentionId } from '../../model/ids.js';
import type { Span } from '../../model/span.js';
import type { TimeMention } from '../../model/time-mention.js';

const distance = (a: Span, b: Span): number => Math.max(0, a.start - b.end, b.start - a.end);

const nearestIndex = (to: Span, spans: readonly Span[]): number => {
  let best = -1;
  spans.forEach((s, i) => {
    if (best < 0 || distance(to, s) < distance(to, spans[best]!)) best = i;
  });
  return best;
};

/**
 * The time of each trigger of one sentence. Each time expression first goes to the trigger nearest it
 * ("Overnight, X seized … where fighting had raged a day earlier"); a trigger with none of its own takes the
 * sentence's time nearest to it.
 */
export const assignTimes = (
  triggers: readonly Span[],
  times: readonly TimeMention[],
): (MentionId | null)[] => {
  const own: TimeMention[][] = triggers.map(() => []);
  for (const t of times) own[nearestIndex(t.span, triggers)]?.push(t);
  const spans = times.map((t) => t.span);
  return triggers.map((s, i) => {
    const mine = own[i]!;
    return (
      (
        mine[
          nearestIndex(
            s,
            mine.map((t) => t.span),
          )
        ] ?? times[nearestIndex(s, spans)]
      )?.id ?? null
    );
  });
};
