import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.js';
import { inferTitle } from './infer-title.js';

const title = (raw: string): string | null => {
  const { text, offsetMap } = cleanText(raw);
  return inferTitle(raw, text, offsetMap);
};

describe('inferTitle', () => {
  it.each([
    [
      'Why The Coup Threatens The Whole Region\n\nFollowing the coup, the north fell.',
      'Why The Coup Threatens The Whole Region',
    ],
    ['Valley floods kill five\nHeavy rain flooded the valley on Thursday.', 'Valley floods kill five'],
    ['  Is the dam safe?\n\nEngineers inspected it on Monday.', 'Is the dam safe?'],
    ['Advertisement\n\nValley floods kill five\n\nHeavy rain fell.', 'Valley floods kill five'],
    // negatives: a sentence, a caption left by a cut credit, a byline, a dateline, too short, nothing after it
    ['Heavy rain flooded the valley on Thursday.\n\nFive died.', null],
    ['Image copyright AFP Image caption The old mud mosque stands\n\nFighting reached the town.', null],
    ['By Jane Roe and John Doe\n\nHeavy rain fell.', null],
    ['CAIRO (Reuters) - Talks resumed\n\nThe envoy arrived.', null],
    ['Floods\n\nHeavy rain fell.', null],
    ['Valley floods kill five', null],
    ['Story highlights Five died in the floods\n\nHeavy rain fell.', null],
    ['Rain, wind and floods:\n\nHeavy rain fell.', null],
    // negatives: a photo's caption or credit, a time stamp
    ['Example Agency Photo, Jane Doe President John Roe speaks\n\nHeavy rain fell.', null],
    ['Mayor Jane Doe greets rescuers image:1234\nHeavy rain fell.', null],
    ['Rescuers at the dam (Photo: Jane Doe)\n\nHeavy rain fell.', null],
    ['Rescuers at the dam AP Photo/Jane Doe\n\nHeavy rain fell.', null],
    ['Jane Doe Getty Images Rescuers at the dam\n\nHeavy rain fell.', null],
    ['Rescuers at the dam Jane Doe/AFP\n\nHeavy rain fell.', null],
    ['Rescuers at the dam Photo by Jane Doe\n\nHeavy rain fell.', null],
    ['March 10, 2012 10:54 am ET by Example Staff\n\nHeavy rain fell.', null],
    ['Flood warning lifted at 5:30 p.m.\n\nHeavy rain fell.', null],
    // headlines that merely look alike stay titles
    [
      'Photographers document the valley floods\n\nHeavy rain fell.',
      'Photographers document the valley floods',
    ],
    ['Reuters/Ipsos poll finds flood fears\n\nHeavy rain fell.', 'Reuters/Ipsos poll finds flood fears'],
    ['March floods kill five in 2012\n\nHeavy rain fell.', 'March floods kill five in 2012'],
    [
      'Image of the year: the valley floods again\n\nHeavy rain fell.',
      'Image of the year: the valley floods again',
    ],
    ['Ten images from the flood\n\nHeavy rain fell.', 'Ten images from the flood'],
  ])('%s → %s', (raw, expected) => expect(title(raw)).toBe(expected));
});
