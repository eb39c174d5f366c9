import { describe, expect, it } from 'vitest';
import type { Picture, PictureFigure, PictureStory } from '../model/picture.js';
import { discrepancyNote, figureSource } from './figure-source.js';
import { formatFigureValue } from './format-figure.js';
import { buildConflictViews } from './story-views.js';
import { TEST_PICTURE } from './test-picture.js';
import { cite, TEST_DOCUMENTS } from './test-picture-documents.js';

const STORY = TEST_PICTURE.stories[0]!;
const figure = (id: string): PictureFigure => STORY.figures.find((f) => f.id === id)!;
/** f1 as an undated report (d4, no date) tells it, and as one more (d2) does. */
const undatedIn = (id: string, documentId: string, value: number): PictureFigure => ({
  ...figure('f1'),
  id,
  value,
  approximate: false,
  asOf: null,
  evidence: [{ ...cite(documentId, TEST_DOCUMENTS.find((d) => d.id === documentId)!.text.slice(0, 5)) }],
});
const U4 = undatedIn('u4', 'd4', 250);
const U2 = undatedIn('u2', 'd2', 200);

describe('figureSource', () => {
  it.each([
    // evidence in two reports (a copy): both keys, then the date
    ['f1', figure('f1'), 'S1/S3, 2020-03-02'],
    ['f3', figure('f3'), 'S2, 2020-03-05'],
    ['undated', U4, 'S4, undated'],
    // evidence in no known report: the date alone
    ['unknown report', { ...figure('f3'), evidence: [{ documentId: 'd9', start: 0, end: 1 }] }, '2020-03-05'],
    ['no evidence', { ...figure('f3'), asOf: null, evidence: [] }, 'undated'],
  ])('%s → %j', (_, f, expected) => {
    expect(figureSource(TEST_PICTURE, f)).toBe(expected);
  });
});

describe('discrepancy notes', () => {
  const story: PictureStory = {
    ...STORY,
    figures: [...STORY.figures, U4, U2],
    conflicts: [
      {
        id: 'x9',
        kind: 'discrepancy',
        about: 'killed|civilians|e1',
        itemIds: ['f1', 'u4', 'u2'],
        note: 'killed: ≈310 (Example Wire), 2020-03-02; 250 (undated report) / 200 (undated report), date unknown',
      },
      // a discrepancy that names an item the story lacks keeps the picture's note
      { id: 'x8', kind: 'discrepancy', about: 'k', itemIds: ['f1', 'zz'], note: 'as the picture says' },
    ],
  };
  const p: Picture = { ...TEST_PICTURE, stories: [story] };
  const views = buildConflictViews(
    p,
    story,
    (id) => id,
    () => [1],
  );

  it('names each undated report by its source key', () => {
    expect(views[0]!.note).toBe(
      'Killed: ≈310 (S1/S3, 2020-03-02) / 250 (S4, undated) / 200 (S2, undated); which is newer cannot be told',
    );
    expect(views[0]!.items.map((i) => i.text)).toEqual([
      'Killed: ≈310 (e4, S1/S3, 2020-03-02)',
      'Killed: 250 (e4, S4, undated)',
      'Killed: 200 (e4, S2, undated)',
    ]);
  });

  it('negative: keeps the note when an item is not a figure of the story', () => {
    expect(views[1]!.note).toBe('as the picture says');
  });

  it('discrepancyNote joins the figures in their order', () => {
    expect(discrepancyNote(p, 'Killed', [U2, figure('f1')], formatFigureValue)).toBe(
      'Killed: 200 (S2, undated) / ≈310 (S1/S3, 2020-03-02); which is newer cannot be told',
    );
  });
});
