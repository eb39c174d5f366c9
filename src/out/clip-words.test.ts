import { describe, expect, it } from 'vitest';
import { clipAround, clipWords } from './clip-words.js';

describe('clipWords', () => {
  it.each([
    // a short first sentence whole, its full stop gone
    ['Floodwater covered the town. Rescuers came.', 10, 'Floodwater covered the town'],
    // cut at ten words, the cut marked
    [
      'Police in the port city of Karsa reopened three blocked streets early on Monday.',
      10,
      'Police in the port city of Karsa reopened three blocked…',
    ],
    // a comma dangling at the cut goes
    [
      'One two three four five six seven eight nine ten, eleven',
      10,
      'One two three four five six seven eight nine ten…',
    ],
    // the first line only (a line break closes it)
    ['  Army enters Karsa\n\nThe army entered the town.', 10, 'Army enters Karsa'],
    // abbreviations do not close the sentence
    [
      'Mr. Doe met Gen. Roe in the U.S. at 5 p.m. Sunday. More',
      12,
      'Mr. Doe met Gen. Roe in the U.S. at 5 p.m. Sunday',
    ],
    // a full stop before a lower-case word closes nothing
    [
      'The army said it took 5 km. of road near the river and more',
      10,
      'The army said it took 5 km. of road near…',
    ],
    // a question or exclamation keeps its mark; a closing quote stays
    ['Who fired first? Nobody knows.', 10, 'Who fired first?'],
    ['“We will stay.” He left.', 10, '“We will stay.”'],
    // an ellipsis is no full stop to drop
    ['And then...', 10, 'And then...'],
    // white space runs become single spaces
    ['Troops\tentered   the town', 10, 'Troops entered the town'],
    // nothing left
    ['', 10, null],
    ['   ', 10, null],
    // white space before the first word, line breaks too, is skipped
    ['\n\n  Troops entered', 10, 'Troops entered'],
  ])('%j (%d words) → %j', (text, max, expected) => {
    expect(clipWords(text, max)).toBe(expected);
  });

  it.each([
    // the first sentence of at least four words: a counter line above the report is passed over
    ['1 of 6\nTroops entered the town. More.', 'Troops entered the town'],
    ['Wait here. Troops entered the town.', 'Troops entered the town'],
    // none long enough: the first sentence
    ['Wait here.\nGo now.', 'Wait here'],
  ])('%j (at least 4 words) → %j', (text, expected) => {
    expect(clipWords(text, 10, 4)).toBe(expected);
  });
});

describe('clipAround', () => {
  const TEXT =
    'Medical supplies have been running short in recent weeks as Syrian jets pounded the eastern districts of the city. Aid waits.';
  const at = (word: string): number => TEXT.indexOf(word);
  it.each([
    // from four words before the anchor's word, twelve words, cut at both ends
    [TEXT, at('Syrian'), '…in recent weeks as Syrian jets pounded the eastern districts of the…'],
    // an anchor near the sentence's end: the last twelve words, cut before only
    [TEXT, at('city'), '…recent weeks as Syrian jets pounded the eastern districts of the city'],
    // an anchor in the first words: no cut before
    [TEXT, at('supplies'), 'Medical supplies have been running short in recent weeks as Syrian jets…'],
    // an anchor inside a word counts for that word
    [TEXT, at('pounded') + 3, '…recent weeks as Syrian jets pounded the eastern districts of the city'],
    // the anchor's sentence, never the one before
    [TEXT, at('Aid'), 'Aid waits'],
    // no anchor, or one outside every sentence: the first sentence from its start
    [TEXT, null, 'Medical supplies have been running short in recent weeks as Syrian jets…'],
    [TEXT, TEXT.length + 10, 'Medical supplies have been running short in recent weeks as Syrian jets…'],
    ['', 0, null],
  ])('%#: anchor %j → %j', (text, anchor, expected) => {
    expect(clipAround(text, 12, anchor)).toBe(expected);
  });
});
