import { describe, expect, it } from 'vitest';
import { startsInQuote } from './starts-in-quote.js';

/** The state at the start of each sentence of a text written as sentences joined by a space. */
const states = (sentences: readonly string[], sep = ' '): boolean[] => {
  const text = sentences.join(sep);
  const offsets = sentences.map((_, i) => sentences.slice(0, i).join(sep).length + (i > 0 ? sep.length : 0));
  return startsInQuote(text, offsets);
};

describe('startsInQuote', () => {
  it.each([
    // opened and not closed: the sentences after it start inside the quote
    [['“We ran.', 'We hid.', 'We waited,” she said.', 'Help came.'], ' ', [false, true, true, false]],
    [['"We ran.', 'We hid.', 'We waited," she said.', 'Help came.'], ' ', [false, true, true, false]],
    [["''We ran.", 'We hid.', "We waited,'' she said.", 'Help came.'], ' ', [false, true, true, false]],
    [['She said: «We ran.', 'We hid.»', 'Help came.'], ' ', [false, true, false]],
    [['"We ran.', 'We hid.', 'Help came.'], ' ', [false, true, true]],
    // a line break closes the paragraph and its quote
    [['"We ran.', 'We hid.', 'Help came.'], '\n', [false, false, false]],
    [['"We ran.', 'We hid.', 'Help came.'], '\r\n', [false, false, false]],
    // negatives: closed in its sentence, a quoted word, inches, a stray closing mark, closed before a dash
    [['"We ran," she said.', 'Help came.'], ' ', [false, false]],
    [['She said, "We ran."', 'Help came.'], ' ', [false, false]],
    [['It was "unacceptable" to wait.', 'Help came.'], ' ', [false, false]],
    [['The pipe, 6" wide, burst.', 'Help came.'], ' ', [false, false]],
    [['The pipe was 6".', 'Help came.'], ' ', [false, false]],
    [['We waited," she said.', 'Help came.'], ' ', [false, false]],
    [['"We stayed"—she said.', 'Help came.'], ' ', [false, false]],
  ] as const)('%j (joined by %j) → %j', (sentences, sep, expected) => {
    expect(states(sentences, sep)).toEqual(expected);
  });

  it('an offset inside a sentence, at a mark, or before any text', () => {
    const text = 'She said: "We ran. We hid." Help came.';
    expect(startsInQuote(text, [0, 10, 11, 19, 26, 27, 28])).toEqual([
      false,
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(startsInQuote('', [])).toEqual([]);
  });
});
