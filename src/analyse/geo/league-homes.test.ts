import { describe, expect, it } from 'vitest';
import { leagueHomes } from './league-homes.js';

/** Whether each of some homes is among the team homes of the leagues a text names. */
const has = (text: string, homes: readonly string[]) => homes.map((h) => leagueHomes(text).has(h));

describe('leagueHomes', () => {
  it.each([
    // A league by its name, a team in full, or a nickname that means nothing else.
    [
      'Cheeks was the fifth NBA coach fired.',
      ['cleveland', 'minnesota', 'portland', 'toronto'],
      [true, true, true, true],
    ],
    [
      'The Philadelphia 76ers fired Cheeks.',
      ['cleveland', 'oklahoma city', 'green bay'],
      [true, true, false],
    ],
    ['The Philly Sixers canned O’Brien.', ['portland', 'pittsburgh'], [true, false]],
    ['The Minnesota Twins won.', ['minnesota', 'saint louis', 'portland'], [true, true, false]],
    [
      'Former Dallas receiver, now with the Buffalo\nBills.',
      ['dallas', 'atlanta', 'toronto'],
      [true, true, false],
    ],
    // No league: a nickname that is a common word, a league's name inside a longer word, lower case.
    ['The heat and magic of Miami and Orlando.', ['miami', 'orlando'], [false, false]],
    ['She took an MBA, then an NBAX course; the twins of Minnesota.', ['minnesota'], [false]],
    ['Patriots and Cardinals met in Boston.', ['boston'], [false]],
  ])('%s', (text, homes, expected) => expect(has(text, homes)).toEqual(expected));
});
