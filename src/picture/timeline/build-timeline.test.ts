import { describe, expect, it } from 'vitest';
import type { DatePrecision } from '../../model/date.js';
import type { PictureEvent } from '../../model/picture.js';
import { buildTimeline } from './build-timeline.js';

const ev = (id: string, start: string | null, precision: DatePrecision = 'day', modality = 'happened') =>
  ({ id, modality, date: start === null ? null : { start, end: start, precision } }) as PictureEvent;

describe('buildTimeline', () => {
  it('orders by start date then precision, groups per date, skips undated and unreal events', () => {
    const events = [
      ev('month', '2016-11-01', 'month'),
      ev('later', '2016-12-02'),
      ev('day', '2016-11-01'),
      ev('undated', null),
      ev('planned', '2016-11-20', 'day', 'planned'),
      ev('denied', '2016-11-20', 'day', 'denied'),
      ev('week', '2016-11-01', 'week'),
    ];
    expect(buildTimeline(events)).toEqual([
      { date: '2016-11-01', eventIds: ['day', 'week', 'month'] },
      { date: '2016-11-20', eventIds: ['denied'] },
      { date: '2016-12-02', eventIds: ['later'] },
    ]);
  });
});
