import { describe, expect, it } from 'vitest';
import { daySummary } from './day-summary.js';

describe('daySummary', () => {
  it.each([
    ['the heading’s day left off', 'Flood in Brackwater, 2021-04-02', '2021-04-02', 'Flood in Brackwater'],
    [
      'negative: a period from the heading’s day stays',
      'Strike by dockers in Brackwater, 2021-04-02 to 2021-04-09',
      '2021-04-02',
      'Strike by dockers in Brackwater, 2021-04-02 to 2021-04-09',
    ],
    ['negative: another day stays', 'Flood, 2021-04-03', '2021-04-02', 'Flood, 2021-04-03'],
    ['negative: no date stays', 'Flood in Brackwater', '2021-04-02', 'Flood in Brackwater'],
    [
      'negative: a period ending on the day stays',
      'Flood, 2021-03-30 to 2021-04-02',
      '2021-04-02',
      'Flood, 2021-03-30 to 2021-04-02',
    ],
  ])('%s', (_, summary, day, text) => expect(daySummary(summary, day)).toBe(text));
});
