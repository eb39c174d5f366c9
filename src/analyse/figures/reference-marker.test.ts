import { describe, expect, it } from 'vitest';
import { runFigures } from './run-figures.js';

const spans = (text: string) =>
  runFigures(text, '2016-12-03').figures.map((f) => text.slice(f.span.start, f.span.end));

describe('figuresStage: reference markers, list numbers and exhibit labels are not figures', () => {
  it.each([
    ['a marker after a sentence', 'The army said it would withdraw (1). Officials disagreed (2).', []],
    ['a square-bracket marker after a word', 'Rebels shelled the town [3] on Friday.', []],
    ['list numbers at line starts', '1. The army moved in.\n2) Officials disagreed.', []],
    ['negative: a count in brackets', 'The blast (5 killed) shocked the town.', ['5']],
    ['negative: people in brackets', 'The march (about 300 people) went on.', ['about 300 people']],
    ['negative: a count opening a sentence', '12 people died in the blast.', ['12 people']],
    ['exhibit labels', 'Figure 2 shows the growth, Table 3 the costs and Chart 4 the deaths.', []],
  ])('%s', (_, text, want) => {
    expect(spans(text)).toEqual(want);
  });
});
