import { describe, expect, it } from 'vitest';
import type { NerType } from '../../ner/ner-labels.js';
import { typedMentions } from './test-typed-mentions.js';

/** Mentions of `text` when the tagger finds exactly the given runs, as [surface, start, type, rule]. */
const typed = (text: string, runs: readonly (readonly [string, NerType])[]) =>
  typedMentions(text, runs).map((e) => [
    text.slice(e.span.start, e.span.end),
    e.span.start,
    e.type,
    e.evidence.rule,
  ]);

describe('findEntities: what the document says of a name overrides the tagger', () => {
  it.each([
    [
      'a town the tagger read as a person, and "in" it: a place',
      'Fighters reached Kidal. Families in Kidal fled.',
      [['Kidal', 'PER']],
      [
        ['Kidal', 17, 'place', 'place-not-person'],
        ['Kidal', 36, 'place', 'same-name'],
      ],
    ],
    [
      'negative: a title makes the town name a person',
      'Mr. Kidal spoke. Families in Kidal fled.',
      [['Kidal', 'PER']],
      [
        ['Kidal', 4, 'person', 'title'],
        ['Kidal', 29, 'person', 'same-name'],
      ],
    ],
    [
      'negative: the surname of a fuller person name is a person',
      'Omar Kidal spoke. Families in Kidal fled.',
      [
        ['Omar Kidal', 'PER'],
        ['Kidal', 'PER'],
      ],
      [
        ['Omar Kidal', 0, 'person', 'tagger:PER'],
        ['Kidal', 30, 'person', 'surname'],
      ],
    ],
    [
      'negative: a person named like a town stays a person',
      'Paris Hilton said she would come.',
      [['Paris Hilton', 'PER']],
      [['Paris Hilton', 0, 'person', 'tagger:PER']],
    ],
    [
      'negative: "X said" alone neither confirms nor refutes the tagger',
      'Kidal said no.',
      [['Kidal', 'PER']],
      [['Kidal', 0, 'person', 'tagger:PER']],
    ],
    [
      'every name of a list after a place cue is a place',
      'Visitors saw the mosques of Djenna, Sankaro and Sidi Yaya.',
      [
        ['Djenna', 'PER'],
        ['Sankaro', 'PER'],
        ['Sidi Yaya', 'PER'],
      ],
      [
        ['Djenna', 28, 'place', 'place-cue'],
        ['Sankaro', 36, 'place', 'place-cue'],
        ['Sidi Yaya', 48, 'place', 'place-cue'],
      ],
    ],
    [
      'negative: names after a comma only are no list ("in Bamako, Kounta")',
      'In Bamako, Kounta spoke.',
      [
        ['Bamako', 'LOC'],
        ['Kounta', 'PER'],
      ],
      [
        ['Bamako', 3, 'place', 'tagger:LOC'],
        ['Kounta', 11, 'person', 'tagger:PER'],
      ],
    ],
    [
      '", which" and "X members": a body, not a person',
      'Harakat Nour, which holds the north, denied it. Harakat Nour members left.',
      [['Harakat Nour', 'PER']],
      [
        ['Harakat Nour', 0, 'organization', 'body-not-person'],
        ['Harakat Nour', 48, 'organization', 'same-name'],
      ],
    ],
    [
      'a company noun after a name the tagger read as a place: an organisation',
      'Velmora said profits rose. Velmora shares fell.',
      [['Velmora', 'LOC']],
      [
        ['Velmora', 0, 'organization', 'body-not-place'],
        ['Velmora', 27, 'organization', 'same-name'],
      ],
    ],
    [
      'a company noun before a name the tagger read as a person: an organisation',
      'The oil firm Velmora denied it.',
      [['Velmora', 'PER']],
      [['Velmora', 13, 'organization', 'body-not-person']],
    ],
    [
      'a company noun keeps a name that is also a town an organisation',
      'The carmaker Ford said sales rose.',
      [['Ford', 'PER']],
      [['Ford', 13, 'organization', 'body-not-person']],
    ],
    [
      'negative: "shares" as a verb is no cue',
      'Velmora shares his view.',
      [['Velmora', 'PER']],
      [['Velmora', 0, 'person', 'tagger:PER']],
    ],
    [
      'negative: an occupation before a name keeps a person',
      'The broker Velmora denied it.',
      [['Velmora', 'PER']],
      [['Velmora', 11, 'person', 'tagger:PER']],
    ],
    [
      'a listed armed force is a group whatever the tagger read',
      'Peshmerga fighters took the hill.',
      [['Peshmerga', 'LOC']],
      [['Peshmerga', 0, 'group', 'lexicon:group']],
    ],
    [
      'negative: ", who" after a name keeps a person',
      'Harakat Nour, who holds the north, denied it.',
      [['Harakat Nour', 'PER']],
      [['Harakat Nour', 0, 'person', 'tagger:PER']],
    ],
    [
      'a name ending in a company word is an organisation',
      'He owns a chain called Sahel Oil.',
      [['Sahel Oil', 'PER']],
      [['Sahel Oil', 23, 'organization', 'org-cue']],
    ],
    ['negative: a company word in a name the tagger did not find types nothing', 'CRUDE OIL rose.', [], []],
    [
      'an adjective before a noun is no place, though the gazetteer knows the word',
      'Fighters banned Western music.',
      [['Western', 'MISC']],
      [],
    ],
    [
      'negative: a nationality before a noun is left for the place-modifier rules',
      'Canadian officials came.',
      [['Canadian', 'MISC']],
      [['Canadian', 0, 'place', 'gazetteer']],
    ],
    [
      'a listed name written in lower case, as listed, is found ("al-Qaeda")',
      'It is a branch of al-Qaeda.',
      [['al-Qaeda', 'LOC']],
      [['al-Qaeda', 18, 'group', 'lexicon:group']],
    ],
  ] as const)('%s', (_name, text, runs, want) => {
    expect(typed(text, runs)).toEqual(want);
  });
});
