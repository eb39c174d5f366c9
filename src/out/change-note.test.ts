import { describe, expect, it } from 'vitest';
import type { PictureFigure } from '../model/picture.js';
import { changeNote } from './change-note.js';
import { formatFigureValue } from './format-figure.js';
import { TEST_PICTURE } from './test-picture.js';
import { date } from './test-picture-documents.js';

const STORY = TEST_PICTURE.stories[0]!;
const figure = (id: string): PictureFigure => STORY.figures.find((f) => f.id === id)!;
// f2: nearly half (d1, 2020-03-02); f3: more than half (d2, 2020-03-05); f1: ≈310 killed (d1 and its copy d3)
const SAME_DAY = { ...figure('f3'), id: 'g3', asOf: date('2020-03-02') };
const LATER_LOWER = { ...figure('f1'), id: 'g1', value: 250, approximate: false, asOf: date('2020-03-05') };
const NO_REPORT = { ...figure('f2'), evidence: [{ documentId: 'd9', start: 0, end: 1 }] };

describe('changeNote', () => {
  it.each([
    [
      'an evolution over two days',
      'evolution',
      'Share controlled',
      [figure('f2'), figure('f3')],
      'Share controlled: nearly 50% (S1), 2020-03-02 → more than 50% (S2), 2020-03-05',
    ],
    [
      'two figures of the first day',
      'evolution',
      'Share controlled',
      [figure('f2'), SAME_DAY, figure('f3')],
      'Share controlled: nearly 50% (S1) / more than 50% (S2), 2020-03-02 → more than 50% (S2), 2020-03-05',
    ],
    [
      'a contradiction on one day',
      'contradiction',
      'Share controlled',
      [figure('f2'), SAME_DAY],
      'Share controlled: nearly 50% (S1) vs more than 50% (S2), 2020-03-02',
    ],
    [
      'a running total that fell',
      'contradiction',
      'Killed',
      [figure('f1'), LATER_LOWER],
      'Killed fell: ≈310 (S1/S3), 2020-03-02 → 250 (S1/S3), 2020-03-05',
    ],
    [
      'negative: evidence in no known report gives no key',
      'evolution',
      'Share controlled',
      [NO_REPORT, figure('f3')],
      'Share controlled: nearly 50%, 2020-03-02 → more than 50% (S2), 2020-03-05',
    ],
  ] as const)('%s', (_, kind, measure, figures, note) =>
    expect(changeNote(TEST_PICTURE, kind, measure, figures, formatFigureValue)).toBe(note),
  );
});
