import { describe, expect, it } from 'vitest';
import type { DatePrecision, IsoDate } from '../../model/date.js';
import type { MentionId } from '../../model/ids.js';
import type { TimeMention, TimeRelation } from '../../model/time-mention.js';
import { figureDates } from './figure-dates.js';

const time = (
  start: string,
  end: string,
  precision: DatePrecision,
  relation: TimeRelation,
  type: TimeMention['type'] = 'DATE',
): TimeMention => ({
  id: 'd:t1' as MentionId,
  span: { start: 0, end: 1 },
  type,
  value: start,
  range: { start: start as IsoDate, end: end as IsoDate, precision },
  relation,
  evidence: {
    documentId: 'd' as never,
    span: { start: 0, end: 1 },
    producer: 'x@1',
    rule: 'x',
    confidence: 1,
  },
});
const P = '2016-12-03' as IsoDate;

describe('figureDates', () => {
  it.each([
    ['no time', null, { asOf: P, window: null }],
    ['a point', time('2016-12-02', '2016-12-02', 'day', 'at'), { asOf: '2016-12-02', window: null }],
    [
      'since',
      time('2016-11-15', '2016-11-15', 'day', 'since'),
      { asOf: P, window: { start: '2016-11-15', end: P } },
    ],
    ['a month is no point', time('2016-11-01', '2016-11-30', 'month', 'during'), { asOf: P, window: null }],
    ['until is no point', time('2016-11-30', '2016-11-30', 'day', 'until'), { asOf: P, window: null }],
    [
      'a duration ending at publication ("over the past week")',
      time('2016-11-26', P, 'day', 'during', 'DURATION'),
      { asOf: P, window: { start: '2016-11-26', end: P } },
    ],
    [
      'negative: a duration ending before publication',
      time('2016-11-01', '2016-11-08', 'day', 'during', 'DURATION'),
      { asOf: P, window: null },
    ],
    [
      'negative: a duration ahead ("the coming week")',
      time(P, '2016-12-10', 'day', 'during', 'DURATION'),
      { asOf: P, window: null },
    ],
  ])('%s', (_, t, expected) => {
    expect(figureDates(t, P)).toEqual(expected);
  });

  it('keeps asOf null when the report is undated', () => {
    expect(figureDates(null, null)).toEqual({ asOf: null, window: null });
  });
});
