import { describe, expect, it } from 'vitest';
import { runFigures } from './run-figures.js';

const measures = (text: string) =>
  runFigures(text, '2016-12-03').figures.map((f) => [text.slice(f.span.start, f.span.end), f.measure]);

describe('figureMeasure: a counted noun that is a cue says what it counts', () => {
  it.each([
    [
      'dead and wounded side by side',
      'The attack left 12 dead and 30 wounded.',
      [
        ['12 dead', 'killed'],
        ['30 wounded', 'injured'],
      ],
    ],
    [
      'people dead and wounded',
      'The blast left nine people dead and nine wounded.',
      [
        ['nine people dead', 'killed'],
        ['nine wounded', 'injured'],
      ],
    ],
    [
      'negative: a noun that is no cue takes the nearest cue',
      'Troops killed 12 wounded fighters.',
      [['12 wounded fighters', 'killed']],
    ],
    ['negative: no cue at all', 'Some 40 people gathered.', [['Some 40 people', 'other']]],
  ])('%s', (_, text, want) => {
    expect(measures(text)).toEqual(want);
  });
});

describe("figureMeasure: a figure's own predicate comes before a cue elsewhere in its clause", () => {
  it.each([
    [
      'infected, with killed nearby',
      'Officials said 6,800 people are infected and 120 were killed.',
      [
        ['6,800 people', 'affected'],
        ['120', 'killed'],
      ],
    ],
    [
      'hurt after a nearer killed',
      'The storm killed 7 and 7,000 were hurt.',
      [
        ['7', 'killed'],
        ['7,000', 'injured'],
      ],
    ],
    [
      'hospitalized after a cue as near before',
      'Police who killed 2 said 30 people were later hospitalized.',
      [
        ['2', 'killed'],
        ['30 people', 'injured'],
      ],
    ],
    [
      'through skipped words',
      'Troops killed 2 as 40 men were reportedly arrested.',
      [
        ['2', 'killed'],
        ['40 men', 'arrested'],
      ],
    ],
    [
      'negative: a predicate that is no cue leaves the nearest cue',
      'A blast killed 2 and 30 people are in hospital.',
      [
        ['2', 'killed'],
        ['30 people', 'killed'],
      ],
    ],
  ])('%s', (_, text, want) => {
    expect(measures(text)).toEqual(want);
  });
});

describe('figureMeasure: a death cue counts dead animals too, and only deaths', () => {
  it.each([
    [
      'animals killed, listed',
      'The lion killed 28 sheep, one cow and two goats.',
      [
        ['28 sheep', 'killed'],
        ['one cow', 'killed'],
        ['two goats', 'killed'],
      ],
    ],
    ['animals that died', 'A pride of 11 lions died in the park.', [['11 lions', 'killed']]],
    ['negative: animals that fled', 'Some 40 cattle fled the flood.', [['Some 40 cattle', 'other']]],
    ['negative: animals with no cue', 'The farm kept 200 pigs.', [['200 pigs', 'other']]],
  ])('%s', (_, text, want) => {
    expect(measures(text)).toEqual(want);
  });
});
