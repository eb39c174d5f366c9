import { describe, expect, it } from 'vitest';
import { runFigures } from './run-figures.js';

const spans = (text: string) =>
  runFigures(text, '2016-12-03').figures.map((f) => text.slice(f.span.start, f.span.end));

describe('figuresStage: distances that locate are not figures', () => {
  it.each([
    ['a distance and its direction', 'The town, about 30km south of Kirkuk, was hit.', []],
    ['with its restatement in parentheses', 'The town, about 30km (19 miles) south of Kirkuk, was hit.', []],
    ['"from"', 'A position 6km from Daquq was shelled.', []],
    ['"away", with a count kept', 'Shells fell 5 km away, killing 12 people.', ['12 people']],
    ['a compass point with a hyphen', 'The village lies 10 miles north-west of Idlib.', []],
    ['negative: a distance advanced', 'Troops advanced 5 km on Friday.', ['5 km']],
    ['negative: a stretch held', 'They hold 3 km of the front.', ['3 km']],
  ])('%s', (_, text, want) => {
    expect(spans(text)).toEqual(want);
  });
});

describe('figuresStage: spans of years are not figures', () => {
  it.each([
    [
      'a span of years',
      'The war over the New Year period of 2008-2009, killed more than 1,400 Palestinians.',
      ['more than 1,400 Palestinians'],
    ],
    [
      'negative: a range of counts',
      'Between 2,000 and 3,000 people fled.',
      ['Between 2,000 and 3,000 people'],
    ],
    [
      'negative: year-like numbers counting people',
      'Some 1,900-2,000 people fled.',
      ['Some 1,900-2,000 people'],
    ],
    ['negative: written without commas', 'Some 1900-2000 people fled.', ['Some 1900-2000 people']],
  ])('%s', (_, text, want) => {
    expect(spans(text)).toEqual(want);
  });
});
