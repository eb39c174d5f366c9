import { describe, expect, it } from 'vitest';
import type { PictureFigure } from '../model/picture.js';
import { buildFigureTables } from './story-views.js';
import { TEST_PICTURE } from './test-picture.js';

const story = TEST_PICTURE.stories[0]!;
const killed = story.figures.find((f) => f.measure === 'killed')!;
const headings = (figures: readonly PictureFigure[]) =>
  buildFigureTables(
    TEST_PICTURE,
    { ...story, figures },
    (id) => (id === 'e1' ? 'Karsa' : id),
    () => [],
  ).map((t) => t.heading);

describe('buildFigureTables headings', () => {
  it.each([
    ['one noun: the noun', [killed], ['Killed — civilians in Karsa']],
    [
      'several nouns of one class: the class',
      [
        { ...killed, seriesKey: 'killed|people|e1|people' },
        { ...killed, id: 'f9', what: 'women', seriesKey: 'killed|people|e1|people' },
      ],
      ['Killed — people in Karsa'],
    ],
    ['no noun: none', [{ ...killed, what: null, seriesKey: 'killed|-|e1|people' }], ['Killed in Karsa']],
    [
      'a noun that restates the measure: none',
      [{ ...killed, what: 'dead', seriesKey: 'killed|dead|e1|people' }],
      ['Killed in Karsa'],
    ],
    [
      'the measure’s own word: none',
      [{ ...killed, measure: 'troops', what: 'Troops', seriesKey: 'troops|troops|e1|people' }],
      ['Troops in Karsa'],
    ],
    [
      'negative: a noun of another measure stays',
      [{ ...killed, measure: 'injured', what: 'dead', seriesKey: 'injured|dead|e1|people' }],
      ['Injured — dead in Karsa'],
    ],
    [
      'two series under one heading: the unit tells them apart, not the series key',
      [
        {
          ...killed,
          measure: 'other',
          what: null,
          placeId: null,
          seriesKey: 'other|-|-|count',
          unit: 'count',
        },
        {
          ...killed,
          id: 'f8',
          measure: 'other',
          what: null,
          placeId: null,
          seriesKey: 'other|-|-|usd',
          unit: 'usd',
        },
      ],
      ['Other', 'Other (USD)'],
    ],
    [
      'three series of one unit under one heading: numbered',
      [
        { ...killed, what: null, seriesKey: 'killed|-|e1|a', unit: 'people' },
        { ...killed, id: 'f8', what: null, seriesKey: 'killed|-|e1|b', unit: 'people' },
        { ...killed, id: 'f9', what: null, seriesKey: 'killed|-|e1|c', unit: 'people' },
      ],
      ['Killed in Karsa', 'Killed in Karsa (people)', 'Killed in Karsa (people) #2'],
    ],
    [
      'counts of anything after the named measures, each kept in order of first appearance',
      [
        {
          ...killed,
          id: 'f7',
          measure: 'other',
          what: 'pumps',
          placeId: null,
          seriesKey: 'other|pumps|-|count',
        },
        { ...killed, what: null, seriesKey: 'killed|-|e1|people' },
        {
          ...killed,
          id: 'f8',
          measure: 'other',
          what: 'francs',
          placeId: null,
          seriesKey: 'other|francs|-|x',
        },
        { ...killed, id: 'f9', measure: 'injured', what: null, seriesKey: 'injured|-|e1|people' },
      ],
      ['Killed in Karsa', 'Injured in Karsa', 'Other — pumps', 'Other — francs'],
    ],
  ])('%s', (_, figures, want) => {
    expect(headings(figures)).toEqual(want);
  });
});
