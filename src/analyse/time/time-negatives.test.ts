import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../model/date.js';
import { documentId } from '../../model/ids.js';
import { testLayers } from './test-layers.js';
import { timeStage } from './time-stage.js';

const run = (text: string, ref: string) =>
  timeStage.run(testLayers(text), {
    documentId: documentId('d1'),
    text,
    referenceDate: ref as IsoDate,
    referenceWindow: null,
  }).times;
const SAT = '2016-12-03';

describe('timeStage negatives', () => {
  it.each([
    ['Republican Guard and Fourth Division troops arrived.'],
    ['It was one of the worst days.'],
    ['He came first and she was 4th.'],
    ['Call 555-1234 for details.'],
    ['Residents may leave if they want.'],
    ['May God protect them, she said.'],
    ['Thousands march through the city.'],
    ['More than 2000 people were killed.'],
    ['Capturing Aleppo would be the biggest victory since the start of the uprising.'],
    ['A 12-year-old boy was among the dead.'],
    ['She came into this world at 3 pounds.'],
    ['He earned around $7,250 in total.'],
  ])('no time in %s', (sentence) => {
    expect(run(sentence, SAT)).toEqual([]);
  });
});
