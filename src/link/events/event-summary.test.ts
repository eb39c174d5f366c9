import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../model/date.js';
import { eventSummary } from './event-summary.js';

const day = (s: string, e = s) => ({ start: s as IsoDate, end: e as IsoDate, precision: 'day' as const });

describe('eventSummary', () => {
  it.each([
    [
      'territory_change',
      ['government troops'],
      'Tariq al-Bab',
      day('2016-12-02'),
      'Territory change by government troops in Tariq al-Bab, 2016-12-02',
    ],
    ['air_strike', [], 'Shaar', null, 'Air strike in Shaar'],
    [
      'casualties',
      [],
      'Aleppo',
      day('2016-11-15', '2016-12-03'),
      'Casualties in Aleppo, 2016-11-15 to 2016-12-03',
    ],
    ['casualties', [], null, null, 'Casualties'],
    ['armed_clash', ['rebels', 'army'], null, null, 'Armed clash by rebels, army'],
  ] as const)('%s → %s', (type, actors, place, date, expected) => {
    expect(eventSummary(type, actors, place, date)).toBe(expected);
  });
});
