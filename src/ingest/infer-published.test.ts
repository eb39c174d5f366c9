import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferPublished } from './infer-published.js';

const EXAMPLES = resolve(import.meta.dirname, '../../../shared/examples/aleppo-2016');
const example = (file: string): string => readFileSync(resolve(EXAMPLES, file), 'utf8');

describe('inferPublished', () => {
  it.each([
    // one weekday fits: Saturday 26 November falls in 1994, 2005, 2011, 2016, 2022, 2033; "since 2012" → 2016
    ['pushed into Hanano on Saturday (26 November), the first time since 2012.', '2016-11-26'],
    ['Talks resumed on Saturday, November 26 after the 2012 uprising.', '2016-11-26'],
    ['Fighting resumed on Friday 25 Nov, as in 2012.', '2016-11-25'],
    ['Talks began on Thursday, the 24th of November, a year after 2015.', '2016-11-24'],
    ['On Sat. 26 Nov. 2016 rebels withdrew.', '2016-11-26'],
    // a stated year is taken when the weekday agrees …
    ['Rebels withdrew on Saturday, November 26, 2005.', '2005-11-26'],
    // … and ignored when it does not ("2000 people" is no year of a Saturday 26 November)
    ['On Saturday, 26 November 2000 people fled; the war began in 2012.', '2016-11-26'],
    // the first fitting year at or after the latest year named: 2011 itself fits Saturday 26 November
    ['On Saturday, November 26 protesters returned to the square occupied since early 2011.', '2011-11-26'],
    // no fitting year at or after it: the last one before
    ['On Saturday, November 26 it was quiet; elections are due in 2034.', '2033-11-26'],
    // the latest of several pinned dates
    [
      'On Friday 25 November the army advanced; on Saturday 26 November it took Hanano. In 2012 …',
      '2016-11-26',
    ],
    // Monday 29 February falls only in 2016 in 1990..2035: no year needed
    ['The vote was held on Monday, February 29.', '2016-02-29'],
    // several years fit and the text names none: no date
    ['Rebels withdrew on Saturday (26 November).', null],
    // a weekday that never falls on the date (31 April does not exist)
    ['Talks were held on Tuesday 31 April in 2016.', null],
    // weekdays and dates, but never as a pair
    ['On Saturday the army advanced. Since November 15, 2016, 300 civilians were killed.', null],
    // a pair dating a picture is passed over; the report's own pair still counts
    ['In this Tuesday, Nov. 10, 2009 file photo he holds a rifle. He died in 2013.', null],
    [
      'In this Friday, May 2, 2014, photo, a man walks past. Talks resume on Monday, May 5, 2014.',
      '2014-05-05',
    ],
    ['Photos taken on Friday, May 2, 2014 show the damage.', '2014-05-02'],
    // lower-case words are not weekdays or months
    ['They sat 26 nov in 2016.', null],
    ['No dates at all.', null],
  ])('%s → %s', (text, expected) => {
    expect(inferPublished(text)).toBe(expected);
  });

  it('pins the first Aleppo report to Saturday 26 November 2016', () => {
    expect(inferPublished(example('000_b26fbb70385f3848.txt'))).toBe('2016-11-26');
  });

  it('finds no weekday-and-date pair in the second Aleppo report', () => {
    const text = example('002_59e12d0458cf2d4a.txt');
    // The text does name weekdays and dates, only never together.
    expect(text).toMatch(/\bSaturday\b/);
    expect(text).toMatch(/\bNovember 15\b/);
    expect(inferPublished(text)).toBeNull();
  });
});
