import { describe, expect, it } from 'vitest';
import { parsePublished } from './parse-published.js';

describe('parsePublished', () => {
  it.each([
    ['2016-11-28', '2016-11-28'],
    ['2016-11-28T23:30:00-05:00', '2016-11-28'],
    ['2016-11-28T02:10:00Z', '2016-11-28'],
    ['2016-11-28 10:32', '2016-11-28'],
    ['28 November 2016', '2016-11-28'],
    ['Nov. 28, 2016', '2016-11-28'],
    ['November 28, 2016', '2016-11-28'],
    ['Monday, 28 November 2016 10:32 GMT', '2016-11-28'],
    ['  28 Nov 2016 ', '2016-11-28'],
    // negatives: impossible ISO dates, no day, no year, not a date
    ['2016-02-30', null],
    ['2016-13-01', null],
    ['November 2016', null],
    ['28 November', null],
    ['yesterday', null],
    ['soon', null],
    ['', null],
  ])('%j → %s', (value, expected) => {
    expect(parsePublished(value)).toBe(expected);
  });
});
