import { describe, expect, it } from 'vitest';
import { runFigures } from './run-figures.js';

/** Every figure of `text` as [span, measure, low, high]. */
const figures = (text: string) =>
  runFigures(text, '2016-12-03').figures.map((f) => [
    text.slice(f.span.start, f.span.end),
    f.measure,
    f.low,
    f.high,
  ]);

describe('figuresStage: a vague word naming no number counts only what the picture measures', () => {
  it.each([
    ['a length of a few feet', 'The shell landed a few feet from the gate.', []],
    ['a handful of people doing what is not measured', 'A handful of protesters gathered outside.', []],
    ['"several" of things', 'The sides agreed several pauses in the fighting.', []],
    ['a bare "a handful"', 'Only a handful had done so.', []],
    [
      'negative: a few people killed',
      'A few people were killed in the blast.',
      [['A few people', 'killed', 2, 5]],
    ],
    [
      'negative: several detained',
      'Police detained several protesters on Friday.',
      [['several protesters', 'detained', 3, 9]],
    ],
    [
      'negative: "several hundred" names a magnitude',
      'Several hundred protesters gathered outside.',
      [['Several hundred protesters', 'other', 300, 900]],
    ],
    [
      'negative: "dozens" names a magnitude',
      'Dozens of protesters gathered outside.',
      [['Dozens of protesters', 'other', 24, 99]],
    ],
    [
      'negative: a part of a measured whole',
      'The blast killed 12 people. A few of them were children.',
      [
        ['12 people', 'killed', null, null],
        ['A few of them were children', 'killed', 2, 5],
      ],
    ],
  ])('%s', (_, text, want) => {
    expect(figures(text)).toEqual(want);
  });
});
