import { mentionId } from '../../model/ids.js';
import type { TimeMention } from '../../model/time-mention.js';
import { defineStage } from '../../pipeline/stage.js';
import { chronoRule } from './chrono-candidates.js';
import { DAY_PART_RULES } from './day-part-rules.js';
import { DEICTIC_RULES } from './deictic-rules.js';
import { DURATION_RULES } from './duration-rules.js';
import { PERIOD_RULES } from './period-rules.js';
import { QUARTER_RULES } from './quarter-rules.js';
import type { TimeCandidate, TimeRule } from './time-candidate.js';
import { timeRelation } from './time-relation.js';
import { weekdayRule } from './weekday-rule.js';

const PRODUCER = 'analyse.time@4';
const RULES: readonly TimeRule[] = [
  weekdayRule,
  ...PERIOD_RULES,
  ...DEICTIC_RULES,
  ...DAY_PART_RULES,
  ...QUARTER_RULES,
  ...DURATION_RULES,
  chronoRule,
];

/** Settle overlaps: higher priority first, then the longer span, then the earlier one. */
const settle = (cands: TimeCandidate[]): TimeCandidate[] => {
  const ranked = [...cands].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: TimeCandidate[] = [];
  for (const c of ranked) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
};

/**
 * Every temporal expression of a report as a TimeML TIMEX3 (type + value), anchored on the reference date
 * when it can be, with its relation ("since", "until", …). News rules (weekdays, "overnight", "mid-November",
 * "in recent days", durations, sets, bare years) run beside chrono-node, one pass per sentence.
 */
export const timeStage = defineStage({
  id: PRODUCER,
  requires: ['sentences', 'tokens'],
  provides: ['times'],
  run(input, ctx) {
    const ref = ctx.referenceDate;
    const times: TimeMention[] = [];
    for (const sentence of input.sentences) {
      const { start, end } = sentence.span;
      const text = ctx.text.slice(start, end);
      const found = settle(RULES.flatMap((rule) => rule(text, start, ref)));
      for (const c of found) {
        const { relation, sinceClause } = timeRelation(text.slice(0, c.start - start), c.type);
        const span = { start: c.start, end: c.end };
        times.push({
          id: mentionId(ctx.documentId, 't', times.length + 1),
          span,
          type: c.type,
          value: c.value,
          range: c.range,
          relation,
          evidence: {
            documentId: ctx.documentId,
            span,
            producer: PRODUCER,
            rule: sinceClause ? `${c.rule}+since-clause` : c.rule,
            confidence: sinceClause ? c.confidence * 0.9 : c.confidence,
          },
        });
      }
    }
    return { times };
  },
});
