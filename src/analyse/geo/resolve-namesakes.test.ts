import { describe, expect, it } from 'vitest';
import { resolveMarked } from './test-resolve.js';

/** Resolves the [bracketed] names of a text as place mentions (the entities stage is not involved). */
const resolve = (marked: string) => resolveMarked(marked).map((m) => [m.name, m.placed, m.rule]);

describe('resolvePlaces: context decides among namesakes', () => {
  it.each([
    // A lone famous name is the famous place; beside a county it is the town in that county.
    ['Talks opened in [Paris].', [['Paris', 'geonames:2988507', 'gazetteer:context']]],
    [
      'Police in [Paris] said [Henry County] deputies helped.',
      [
        ['Paris', 'geonames:4647963', 'gazetteer:context'],
        ['Henry County', 'admin2:US.TN.079', 'gazetteer:context'],
      ],
    ],
    // A national capital named for its government says nothing of where a town lies; another town does.
    [
      'Analysts at [Cambridge] briefed lawmakers in [Washington].',
      [
        ['Cambridge', 'geonames:2653941', 'gazetteer:context'],
        ['Washington', 'geonames:4140963', 'gazetteer:context'],
      ],
    ],
    [
      'Lawmakers in [Washington] met officials from [Annapolis] and [Cambridge].',
      [
        ['Washington', 'geonames:4140963', 'gazetteer:context'],
        ['Annapolis', 'geonames:4347242', 'gazetteer:context'],
        ['Cambridge', 'geonames:4350175', 'gazetteer:context'],
      ],
    ],
    // A country named by its short name in a story set elsewhere is the country, not its namesake town
    // (China, Maine), though the story names the town's state.
    [
      'Back from [Thailand], [Laos] and [China], the [U.S.] official flew to [New York], then to [Maine].',
      [
        ['Thailand', 'iso:TH', 'gazetteer:unique'],
        ['Laos', 'iso:LA', 'gazetteer:unique'],
        ['China', 'iso:CN', 'gazetteer:context'],
        ['U.S.', 'iso:US', 'gazetteer:unique'],
        ['New York', 'admin1:US.NY', 'gazetteer:context'],
        ['Maine', 'admin1:US.ME', 'gazetteer:context'],
      ],
    ],
    // A region or country named right after a town ("St. Paul, Minn.").
    [
      'A fire in [St. Paul], [Minn.], spread.',
      [
        ['St. Paul', 'geonames:5045360', 'gazetteer:context'],
        ['Minn.', 'admin1:US.MN', 'gazetteer:unique'],
      ],
    ],
    // The state of Georgia beside Atlanta; the country beside Tbilisi.
    [
      'Storms hit [Atlanta] and north [Georgia].',
      [
        ['Atlanta', 'geonames:4180439', 'gazetteer:context'],
        ['Georgia', 'admin1:US.GA', 'gazetteer:context'],
      ],
    ],
    [
      'Protests in [Tbilisi] worried [Georgia]’s allies.',
      [
        ['Tbilisi', 'geonames:611717', 'gazetteer:context'],
        ['Georgia', 'iso:GE', 'gazetteer:context'],
      ],
    ],
    // A town is rarely the namesake of a much larger first-level region: Florida is the state.
    [
      'A man in [Florida] won; he lives in [New York].',
      [
        ['Florida', 'admin1:US.FL', 'gazetteer:context'],
        ['New York', 'admin1:US.NY', 'gazetteer:context'],
      ],
    ],
    // A team named by a town is the largest town's ("against Louisville"); without the cue, Ohio's village.
    [
      '[Ohio] fans cheered as [Columbus] won against [Louisville].',
      [
        ['Ohio', 'admin1:US.OH', 'gazetteer:context'],
        ['Columbus', 'geonames:4509177', 'gazetteer:context'],
        ['Louisville', 'geonames:4299276', 'gazetteer:context'],
      ],
    ],
    [
      '[Ohio] fans cheered as [Columbus] and [Louisville] grew.',
      [
        ['Ohio', 'admin1:US.OH', 'gazetteer:context'],
        ['Columbus', 'geonames:4509177', 'gazetteer:context'],
        ['Louisville', 'geonames:5161347', 'gazetteer:context'],
      ],
    ],
  ])('%s', (text, expected) => expect(resolve(text)).toEqual(expected));
});
