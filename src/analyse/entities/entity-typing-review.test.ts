import { describe, expect, it } from 'vitest';
import { typedRows } from './test-typed-mentions.js';

/** Mentions of `text` when the tagger finds exactly the given runs, as [surface, start, type, key, rule]. */
const typed = typedRows;
const FARM = 'senate farm subcommittee on rural roads';

// Cases from reading the "Who" tables of real reports, in invented sentences.
describe('findEntities: names that news layouts split or shout', () => {
  it.each([
    [
      'a body named with its subject; the subject alone after it names the body',
      'Reyes spoke to the Senate Farm Subcommittee on Rural Roads. The House subcommittee on Rural Roads met.',
      [
        ['Reyes', 'PER'],
        ['Senate Farm Subcommittee on Rural Roads', 'ORG'],
        ['House', 'ORG'],
        ['Rural Roads', 'ORG'],
      ],
      [
        ['Reyes', 0, 'person', 'reyes', 'tagger:PER'],
        ['Senate Farm Subcommittee on Rural Roads', 19, 'organization', FARM, 'tagger:ORG'],
        ['House', 64, 'organization', 'house', 'tagger:ORG'],
        ['Rural Roads', 86, 'organization', FARM, 'body-topic'],
      ],
    ],
    [
      'negative: "on" after another word is no subject',
      'The Tomboro Bank on Rural Roads said so. Rural Roads closed.',
      [
        ['Tomboro Bank on Rural Roads', 'ORG'],
        ['Rural Roads', 'LOC'],
      ],
      [
        ['Tomboro Bank on Rural Roads', 4, 'organization', 'tomboro bank on rural roads', 'org-cue'],
        ['Rural Roads', 41, 'place', 'rural roads', 'tagger:LOC'],
      ],
    ],
    [
      'a known outlet in brackets after a dateline is the outlet, not the place',
      'TOMBORO, Gallia (CNN) Police said so.',
      [
        ['TOMBORO', 'LOC'],
        ['Gallia', 'LOC'],
      ],
      [
        ['TOMBORO', 0, 'place', 'tomboro', 'tagger:LOC'],
        ['Gallia', 9, 'place', 'gallia', 'tagger:LOC'],
        ['CNN', 17, 'organization', 'cnn', 'lexicon:organization'],
      ],
    ],
    [
      'negative: a known acronym that spells the name before it is its alias',
      'The Associated Press (AP) said so.',
      [],
      [
        ['Associated Press', 4, 'organization', 'associated press', 'lexicon:organization'],
        ['AP', 22, 'organization', 'associated press', 'acronym'],
      ],
    ],
    [
      'a division of an organisation is an office, not an armed unit',
      'The Division of Rare Fevers said so.',
      [['Division of Rare Fevers', 'ORG']],
      [['Division of Rare Fevers', 4, 'organization', 'division of rare fevers', 'org-cue']],
    ],
    [
      'a fire service unit named with a group word is a civil body',
      'The Tomboro County Fire Battalion said so. Fire Island was calm.',
      [
        ['Tomboro County Fire Battalion', 'ORG'],
        ['Fire Island', 'LOC'],
      ],
      [
        ['Tomboro County Fire Battalion', 4, 'organization', 'tomboro county fire battalion', 'org-cue'],
        ['Fire Island', 43, 'place', 'fire island', 'tagger:LOC'],
      ],
    ],
    [
      'negative: an army division is a group',
      'The 3rd Tomboro Division advanced.',
      [['Tomboro Division', 'ORG']],
      [['Tomboro Division', 8, 'group', 'tomboro division', 'group-cue']],
    ],
    [
      'a possessive the tokenizer left on a name is not part of the mention',
      "The FAA said so. He spoke on FAA's... (AP) Later.",
      [['FAA', 'ORG']],
      [
        ['FAA', 4, 'organization', 'faa', 'tagger:ORG'],
        ['FAA', 29, 'organization', 'faa', 'same-name'],
        ['AP', 39, 'organization', 'associated press', 'lexicon:organization'],
      ],
    ],
    [
      'negative: a name ending in "\'s" keeps it when the document never writes it without',
      "Diners at McDonald's ate.",
      [["McDonald's", 'ORG']],
      [["McDonald's", 10, 'organization', 'mcdonald', 'tagger:ORG']],
    ],
    [
      'a common word in capitals the tagger missed is no name, even with a group word',
      'FOR MOVEMENT FRIDAY the photo shows the officer.',
      [],
      [],
    ],
    [
      'negative: a capitalised group name the tagger missed still is one',
      'The Unity Movement said so.',
      [],
      [['Unity Movement', 4, 'group', 'unity movement', 'group-cue']],
    ],
  ] as const)('%s', (_name, text, runs, want) => {
    expect(typed(text, runs)).toEqual(want);
  });
});
