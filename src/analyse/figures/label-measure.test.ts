import { describe, expect, it } from 'vitest';
import { runFigures } from './run-figures.js';

/** Every figure of `text` as [span, value, unit, measure]. */
const figures = (text: string) =>
  runFigures(text, '2016-12-03').figures.map((f) => [
    text.slice(f.span.start, f.span.end),
    f.value,
    f.unit,
    f.measure,
  ]);

describe('figuresStage: a figure after a label and a colon', () => {
  it.each([
    ['deaths', 'Deaths: 31.', [['31', 31, 'people', 'killed']]],
    ['a death toll', 'Death toll: 204.', [['204', 204, 'people', 'killed']]],
    ['injured with a noun', 'Injured: 17 people.', [['17 people', 17, 'people', 'injured']]],
    ['displaced families', 'Displaced: 3,500 families.', [['3,500 families', 3500, 'people', 'displaced']]],
    ['a label on its own line', 'Casualty report\nWounded: 9', [['9', 9, 'people', 'injured']]],
    ['negative: a technical label', 'Frequency: 11470 on the dial.', []],
    ['negative: coordinates', 'Coordinates: 34°12′N 40°30′E.', []],
    ['negative: a clock time', 'They met at 10:45 in the hall.', []],
    [
      'negative: a speaker’s colon keeps its clause',
      'He said: 12 people fled.',
      [['12 people', 12, 'people', 'fled']],
    ],
  ])('%s', (_, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});
