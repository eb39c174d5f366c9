import { describe, expect, it } from 'vitest';
import type { DatePrecision } from '../../model/date.js';
import type { PictureEvent } from '../../model/picture.js';
import { buildTimeline } from './build-timeline.js';

const ev = (
  id: string,
  start: string | null,
  precision: DatePrecision = 'day',
  modality = 'happened',
  end = start,
) => ({ id, modality, date: start === null ? null : { start, end, precision } }) as PictureEvent;

describe('buildTimeline', () => {
  it.each([
    [
      'newest date first, then precision; skips undated and unreal events',
      [
        ev('month', '2016-11-01', 'month'),
        ev('later', '2016-12-02'),
        ev('day', '2016-11-01'),
        ev('undated', null),
        ev('planned', '2016-11-20', 'day', 'planned'),
        ev('denied', '2016-11-20', 'day', 'denied'),
        ev('week', '2016-11-01', 'week'),
      ],
      [
        { date: '2016-12-02', eventIds: ['later'] },
        { date: '2016-11-20', eventIds: ['denied'] },
        { date: '2016-11-01', eventIds: ['day', 'week', 'month'] },
      ],
    ],
    [
      'a background window (since March 2011) files under its start and comes last',
      [ev('background', '2011-03-01', 'month', 'happened', '2016-12-03'), ev('today', '2016-12-03')],
      [
        { date: '2016-12-03', eventIds: ['today'] },
        { date: '2011-03-01', eventIds: ['background'] },
      ],
    ],
    ['nothing dated → empty', [ev('undated', null)], []],
  ])('%s', (_, events, expected) => {
    expect(buildTimeline(events)).toEqual(expected);
  });
});
