import { describe, expect, it } from 'vitest';
import { findBoilerplate } from './find-boilerplate.js';

describe('findBoilerplate', () => {
  it.each([
    ['Visit the International Business Times UK Pictures page to see our latest picture galleries.', true],
    ['Follow us on Twitter @example', true],
    ['Sign up for our daily briefing', true],
    ['Click here to subscribe.', true],
    ['© 2016 Thomson Reuters', true],
    ['Copyright 2016 The Associated Press. All rights reserved.', true],
    ['This material may not be published. All rights reserved.', true],
    ['Advertisement', true],
    ['Read more from Le Monde in French.', true],
    ['Read the full story at BBC News', true],
    // negatives: report sentences that merely start alike
    ['Follow-up talks were held in Geneva on Friday.', false],
    ['Visitors to the city described the damage.', false],
    ['Signs of fatigue were evident among the fighters, the Observatory said.', false],
    ['The copyright dispute was settled in court last year.', false],
    [
      'Read more from the report: the army has lost 40 percent of its troops since May, the monitor said.',
      false,
    ],
    [`Follow us on Twitter, he urged supporters, ${'in a speech that went on and on '.repeat(8)}`, false],
  ])('%s → %s', (line, drop) => {
    expect(findBoilerplate([line])).toEqual([drop]);
  });

  it.each([
    [
      ['Residents walk through rubble', 'Residents walk through rubbleReuters'],
      [true, true],
    ],
    [
      ['A boy in Aleppo', 'A boy in Aleppo (AFP/Getty Images)'],
      [true, true],
    ],
    [
      ['A boy in Aleppo', 'A boy in Aleppo REUTERS/Abdalrhman Ismail'],
      [true, true],
    ],
    [
      ['A boy in Aleppo', 'A boy in Aleppo | Photo: Jane Doe'],
      [true, true],
    ],
    [
      ['x', 'A boy in Aleppo', 'A boy in AleppoAFP', 'y'],
      [false, true, true, false],
    ],
    // negatives: a heading followed by a sentence that starts with it; an exact repeat; unrelated lines
    [
      ['Aleppo', 'Aleppo residents fled on Saturday.'],
      [false, false],
    ],
    [
      ['Aleppo', 'Aleppo'],
      [false, false],
    ],
    [
      ['A boy in Aleppo', 'A girl in AleppoReuters'],
      [false, false],
    ],
    [
      ['', 'Reuters'],
      [false, false],
    ],
  ])('%j', (lines, drop) => {
    expect(findBoilerplate(lines)).toEqual(drop);
  });
});
