import { describe, expect, it } from 'vitest';
import { resolveMarked } from './test-resolve.js';

/** Each [bracketed] name's span and the gazetteer id it resolves to. */
const resolve = (marked: string) => resolveMarked(marked).map((m) => [m.name, m.start, m.end, m.placed]);

const CLEVELAND_OH = 'geonames:5150529';
const CLEVELAND_MN = 'geonames:5021577';
const PORTLAND_OR = 'geonames:5746545';
const PORTLAND_ME = 'geonames:4975802';
const TORONTO = 'geonames:6167865';
const DALLAS_TX = 'geonames:4684888';
const ATLANTA_GA = 'geonames:4180439';

describe('resolvePlaces: the homes of teams in a story about their league', () => {
  it.each([
    // The team's town, not Cleveland, Minnesota beside "Minnesota" (a team too) …
    [
      'The Philadelphia 76ers lost 88-72 at [Cleveland]. Randy Wittman of [Minnesota] was fired too.',
      [
        ['Cleveland', 37, 46, CLEVELAND_OH],
        ['Minnesota', 65, 74, 'admin1:US.MN'],
      ],
    ],
    // … nor Toronto, Ohio in a story about the United States.
    [
      'NBA coaches were fired in [Oklahoma City], [Toronto] and [Washington]; Cheeks came from [Portland].',
      [
        ['Oklahoma City', 26, 39, 'geonames:4544349'],
        ['Toronto', 41, 48, TORONTO],
        ['Washington', 53, 63, 'geonames:4140963'],
        ['Portland', 82, 90, PORTLAND_OR],
      ],
    ],
    // A list of homes is no town and its region ("Toronto, Cleveland": not Toronto in Cleveland County).
    [
      'NBA coaches were fired in [Toronto], [Cleveland] and [Portland].',
      [
        ['Toronto', 26, 33, TORONTO],
        ['Cleveland', 35, 44, CLEVELAND_OH],
        ['Portland', 49, 57, PORTLAND_OR],
      ],
    ],
    // Nor Dallas, Georgia beside Atlanta.
    [
      'Buffalo Bills owner Ralph Wilson, former [Atlanta] end Claude Humphrey and former [Dallas] receiver Bob Hayes.',
      [
        ['Atlanta', 41, 48, ATLANTA_GA],
        ['Dallas', 80, 86, DALLAS_TX],
      ],
    ],
    // A region stated after the name places it, league or not.
    [
      'The NBA star grew up in [Portland], [Maine].',
      [
        ['Portland', 24, 32, PORTLAND_ME],
        ['Maine', 34, 39, 'admin1:US.ME'],
      ],
    ],
    [
      'The NBA star grew up in [Cleveland], [Minnesota], where [Cleveland] fans cheered.',
      [
        ['Cleveland', 24, 33, CLEVELAND_MN],
        ['Minnesota', 35, 44, 'admin1:US.MN'],
        ['Cleveland', 52, 61, CLEVELAND_MN],
      ],
    ],
    // No league named: a story about Minnesota keeps its own Cleveland.
    [
      'Hail hit farms near [Cleveland] in [Le Sueur County], [Minnesota], on Friday.',
      [
        ['Cleveland', 20, 29, CLEVELAND_MN],
        ['Le Sueur County', 33, 48, 'admin2:US.MN.079'],
        ['Minnesota', 50, 59, 'admin1:US.MN'],
      ],
    ],
    [
      'Farmers near [Cleveland] in [Minnesota] lost corn to hail.',
      [
        ['Cleveland', 13, 22, CLEVELAND_MN],
        ['Minnesota', 26, 35, 'admin1:US.MN'],
      ],
    ],
  ])('%s', (marked, expected) => expect(resolve(marked)).toEqual(expected));
});

describe('resolvePlaces: a first-level region far smaller than a town of its name', () => {
  it.each([
    // Portland parish, Jamaica (22,000 people) is not Portland, Oregon's match on its own …
    ['Cheeks came to Philly from [Portland].', [['Portland', 27, 35, PORTLAND_OR]]],
    // … but is when the text says it is Jamaica's.
    [
      'Rain fell on [Portland], [Jamaica].',
      [
        ['Portland', 13, 21, 'admin1:JM.07'],
        ['Jamaica', 23, 30, 'iso:JM'],
      ],
    ],
    // A region larger than its namesake town keeps its weight.
    ['Voters in [Washington] state.', [['Washington', 10, 20, 'admin1:US.WA']]],
  ])('%s', (marked, expected) => expect(resolve(marked)).toEqual(expected));
});
