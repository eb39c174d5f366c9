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
  ])('%s → %s', (raw, expected) => expect(title(raw)).toBe(expected));
});
