import { describe, expect, it } from 'vitest';
import type { PictureFigure } from '../../model/picture.js';
import { placelessSeries } from './placeless-series.js';

const fig = (id: string, seriesKey: string, window: [string, string] | null = null): PictureFigure =>
  ({
    id,
    seriesKey,
    asOf: '2016-12-03',
    window: window && { start: window[0], end: window[1] },
  }) as unknown as PictureFigure;
const keys = (fs: PictureFigure[]) => placelessSeries(fs).map((f) => [f.id, f.seriesKey]);

describe('placelessSeries', () => {
  it.each([
    [
      'joins the one placed series of its measure, class and unit',
      [
        fig('army', 'share_controlled|territory|e:aleppo|share'),
        fig('sohr', 'share_controlled|territory|-|share'),
      ],
      [
        ['army', 'share_controlled|territory|e:aleppo|share'],
        ['sohr', 'share_controlled|territory|e:aleppo|share'],
      ],
    ],
    [
      'two placed series → ambiguous, stays apart',
      [
        fig('a', 'fled|people|e:aleppo|people'),
        fig('b', 'fled|people|e:idlib|people'),
        fig('c', 'fled|people|-|people', ['2016-11-11', '2016-12-03']),
      ],
      [
        ['a', 'fled|people|e:aleppo|people'],
        ['b', 'fled|people|e:idlib|people'],
        ['c', 'fled|people|-|people'],
      ],
    ],
    [
      'another class or unit → no series to join',
      [fig('a', 'fled|people|e:aleppo|people'), fig('k', 'fled|children|-|people')],
      [
        ['a', 'fled|people|e:aleppo|people'],
        ['k', 'fled|children|-|people'],
      ],
    ],
    [
      'a background window (since 2011) stays apart',
      [
        fig('a', 'killed|people|e:aleppo|people'),
        fig('war', 'killed|people|-|people', ['2011-03-01', '2016-12-03']),
      ],
      [
        ['a', 'killed|people|e:aleppo|people'],
        ['war', 'killed|people|-|people'],
      ],
    ],
  ])('%s', (_, figures, expected) => {
    expect(keys(figures)).toEqual(expected);
  });
});
