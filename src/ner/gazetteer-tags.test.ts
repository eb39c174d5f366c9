import { describe, expect, it } from 'vitest';
import { gazetteerTags } from './gazetteer-tags.js';
import { nerResources } from './ner-resources.js';

const res = nerResources(
  new Map(),
  new Map([
    ['New York', 'LOC'],
    ['New York Times', 'ORG'],
    ['Paris', 'LOC|PER'],
    ['Japan', 'LOC'],
  ]),
);

describe('gazetteerTags', () => {
  it.each([
    ['in New York today', ['', 'B-LOC', 'L-LOC', '']],
    ['the New York Times said', ['', 'B-ORG', 'I-ORG', 'L-ORG', '']],
    ['Paris and New', ['U-LOC|PER', '', '']],
    // Headlines in capitals are matched in title case.
    ['JAPAN WIN', ['U-LOC', '']],
    // Case matters in running text.
    ['paris and new york', ['', '', '', '']],
    ['', []],
  ])('%s', (sentence, tags) => {
    const words = sentence === '' ? [] : sentence.split(' ');
    expect(gazetteerTags(words, res)).toEqual(tags);
  });
});
