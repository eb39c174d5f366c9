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
  ])('%s', (_, figures, want) => {
    expect(headings(figures)).toEqual(want);
  });
});
