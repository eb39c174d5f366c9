import { describe, expect, it } from 'vitest';
import type { NerType } from '../../ner/ner-labels.js';
import { mentionRow, typedMentions } from './test-typed-mentions.js';

/** [surface, start, type, key, anaphoric, rule] when the tagger finds exactly the given runs. */
const typed = (text: string, runs: readonly (readonly [string, NerType])[]) =>
  typedMentions(text, runs).map((e) => mentionRow(text, e));

// A lone word the tagger read as an organisation, which is the surname of the one person the report names in
// full, is that person; a word something else makes a body or a place stays what it is.
describe('findEntities: a surname the tagger read as an organisation', () => {
  it.each([
    [
      'before and after the full name',
      'Eom says rankings are skewed. A study led by Min-Jae Eom ranked pages. Eom found a bias.',
      [
        ['Eom', 'ORG'],
        ['Min-Jae Eom', 'PER'],
      ],
      [
        ['Eom', 0, 'person', 'min-jae eom', true, 'surname'],
        ['Min-Jae Eom', 45, 'person', 'min-jae eom', false, 'tagger:PER'],
        ['Eom', 71, 'person', 'min-jae eom', true, 'surname'],
      ],
    ],
    [
      'negative: an acronym is a name of its own',
      'NASA said so. Jim Nasa agreed. NASA added more.',
      [
        ['NASA', 'ORG'],
        ['Jim Nasa', 'PER'],
      ],
      [
        ['NASA', 0, 'organization', 'nasa', false, 'tagger:ORG'],
        ['Jim Nasa', 14, 'person', 'jim nasa', false, 'tagger:PER'],
        ['NASA', 31, 'organization', 'nasa', false, 'same-name'],
      ],
    ],
    [
      'negative: a word with a capital inside is no surname',
      'PageRank favours old pages. Critics of Mix PageRank wrote back.',
      [
        ['PageRank', 'ORG'],
        ['Mix PageRank', 'PER'],
      ],
      [
        ['PageRank', 0, 'organization', 'pagerank', false, 'tagger:ORG'],
        ['Mix PageRank', 39, 'person', 'mix pagerank', false, 'tagger:PER'],
      ],
    ],
    [
      'negative: an organisation the lexicon knows',
      'Reuters reported it. Tom Reuters said so. Reuters added more.',
      [
        ['Reuters', 'ORG'],
        ['Tom Reuters', 'PER'],
      ],
      [
        ['Reuters', 0, 'organization', 'reuters', false, 'lexicon:organization'],
        ['Tom Reuters', 21, 'person', 'tom reuters', false, 'tagger:PER'],
        ['Reuters', 42, 'organization', 'reuters', false, 'lexicon:organization'],
      ],
    ],
    [
      'negative: a name with an organisation word is a body',
      'Brill Bank cut rates. Anna Brill objected.',
      [
        ['Brill Bank', 'ORG'],
        ['Anna Brill', 'PER'],
      ],
      [
        ['Brill Bank', 0, 'organization', 'brill bank', false, 'org-cue'],
        ['Anna Brill', 22, 'person', 'anna brill', false, 'tagger:PER'],
      ],
    ],
    [
      'negative: two people named in full with that surname',
      'Eom says rankings are skewed. Min-Jae Eom and Ji-Woo Eom ranked pages.',
      [
        ['Eom', 'ORG'],
        ['Min-Jae Eom', 'PER'],
        ['Ji-Woo Eom', 'PER'],
      ],
      [
        ['Eom', 0, 'organization', 'eom', false, 'tagger:ORG'],
        ['Min-Jae Eom', 30, 'person', 'min-jae eom', false, 'tagger:PER'],
        ['Ji-Woo Eom', 46, 'person', 'ji-woo eom', false, 'tagger:PER'],
      ],
    ],
  ])('%s', (_, text, runs, expected) => expect(typed(text, runs as [string, NerType][])).toEqual(expected));
});
