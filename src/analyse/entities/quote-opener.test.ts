import { describe, expect, it } from 'vitest';
import type { NerType } from '../../ner/ner-labels.js';
import { typedMentions } from './test-typed-mentions.js';

type Runs = readonly (readonly [string, NerType])[];

/** [surface, start, end, type, rule] of each mention. */
const rows = (text: string, runs: Runs) =>
  typedMentions(text, runs).map((e) => [
    text.slice(e.span.start, e.span.end),
    e.span.start,
    e.span.end,
    e.type,
    e.evidence.rule,
  ]);

// A common word capitalised only because it opens a quotation is no name, whatever the tagger read; real names
// opening a quotation, and words the document capitalises elsewhere, stay.
describe('quoteOpener (through findEntities)', () => {
  it.each<[string, string, Runs, unknown[]]>([
    ['after a colon, straight quote', 'He said: "Believe me, it works."', [['Believe', 'ORG']], []],
    ['after a colon, curly quote', 'He said: “Believe me, it works.”', [['Believe', 'LOC']], []],
    ['at the start of a sentence', '"Boy, was I wrong," she said.', [['Boy', 'PER']], []],
    ['after a space', 'The sign read "Humor helps" in red.', [['Humor', 'LOC']], []],
    ['after a comma, no space', 'She wrote,"Patience pays off."', [['Patience', 'ORG']], []],
    ['after a comma and space', 'The mayor said, “Liberty matters to us.”', [['Liberty', 'PER']], []],
    [
      'a real place stays',
      '"Aleppo is falling," he said.',
      [['Aleppo', 'LOC']],
      [['Aleppo', 1, 7, 'place', 'tagger:LOC']],
    ],
    [
      'a name no lexicon knows stays',
      '"Obama lied," she said.',
      [['Obama', 'PER']],
      [['Obama', 1, 6, 'person', 'tagger:PER']],
    ],
    [
      'a country stays',
      '"Russia will respond," he said.',
      [['Russia', 'LOC']],
      [['Russia', 1, 7, 'place', 'tagger:LOC']],
    ],
    [
      'a given name the tagger read as a person stays',
      '"Grace is here," he said.',
      [['Grace', 'PER']],
      [['Grace', 1, 6, 'person', 'tagger:PER']],
    ],
    [
      'negative: a word capitalised mid-sentence elsewhere stays',
      '"Apple will grow," he said. Shares in Apple rose.',
      [['Apple', 'ORG']],
      [
        ['Apple', 1, 6, 'organization', 'tagger:ORG'],
        ['Apple', 38, 43, 'organization', 'same-name'],
      ],
    ],
    [
      'negative: a place cue keeps it',
      '"Hope is quiet," he said of life in Hope.',
      [['Hope', 'LOC']],
      [
        ['Hope', 1, 5, 'place', 'tagger:LOC'],
        ['Hope', 36, 40, 'place', 'same-name'],
      ],
    ],
    [
      'negative: a closing quote before the word',
      'They shouted "Stop,"Believe said.',
      [['Believe', 'PER']],
      [['Believe', 20, 27, 'person', 'tagger:PER']],
    ],
    [
      'negative: a word inside a quotation is no opener',
      'He said: "We trust Believe now."',
      [['Believe', 'ORG']],
      [['Believe', 19, 26, 'organization', 'tagger:ORG']],
    ],
  ])('%s', (_name, text, runs, want) => {
    expect(rows(text, runs)).toEqual(want);
  });
});
