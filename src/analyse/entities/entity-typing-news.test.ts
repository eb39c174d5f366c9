import { describe, expect, it } from 'vitest';
import { typedRows } from './test-typed-mentions.js';

/** Mentions of `text` when the tagger finds exactly the given runs, as [surface, start, type, key, rule]. */
const typed = typedRows;

describe('findEntities: peoples, adjectives of place and titles', () => {
  it.each([
    [
      'an honorific opens a person even where the tagger read an organisation; the surname joins the full name',
      'President Omar Zadi spoke. Aides said Mr. Zadi would stay.',
      [
        ['Omar Zadi', 'PER'],
        ['Mr. Zadi', 'ORG'],
      ],
      [
        ['Omar Zadi', 10, 'person', 'omar zadi', 'title'],
        ['Zadi', 42, 'person', 'omar zadi', 'surname'],
      ],
    ],
    [
      'negative: another title opening an organisation is part of its name',
      'General Tomboro Motors cut jobs.',
      [['General Tomboro Motors', 'ORG']],
      [['General Tomboro Motors', 0, 'organization', 'general tomboro motors', 'org-cue']],
    ],
    ['a title alone names no one', 'The Administrator said so.', [['Administrator', 'ORG']], []],
    [
      'a two-word adjective of place before a noun is no entity',
      'The landlocked West African nation voted. North African branches split.',
      [
        ['West African', 'MISC'],
        ['North African', 'MISC'],
      ],
      [],
    ],
    [
      'negative: not before a noun, it stays a name',
      'The South Korean said no.',
      [['South Korean', 'MISC']],
      [['South Korean', 4, 'other', 'south korean', 'propn-run']],
    ],
    [
      'a people before a noun only describes it, even before a place word',
      'They want an independent Tuareg state for Tuareg herders.',
      [['Tuareg', 'LOC']],
      [],
    ],
    [
      'a people before a force noun is a group; alone it is a people, not a place',
      'Tuareg rebels seized Gao. The Tuareg fled. Yazidis hid.',
      [
        ['Tuareg', 'LOC'],
        ['Gao', 'LOC'],
        ['Yazidis', 'LOC'],
      ],
      [
        ['Tuareg rebels', 0, 'group', 'tuareg rebels', 'group-head'],
        ['rebels', 7, 'group', 'rebels', 'lexicon:group'],
        ['Gao', 21, 'place', 'gao', 'tagger:LOC'],
        ['Tuareg', 30, 'group', 'tuareg', 'population'],
        ['Yazidis', 43, 'group', 'yazidis', 'population'],
      ],
    ],
    [
      'a people in the plural is a population group, a second mention too; one of them is not',
      'Kurds and Uighurs marched while Rohingya fled. Kurds cheered, and a Kurd and a Tamil spoke.',
      [
        ['Kurds', 'MISC'],
        ['Uighurs', 'ORG'],
        ['Rohingya', 'MISC'],
        ['Kurd', 'MISC'],
        ['Tamil', 'MISC'],
      ],
      [
        ['Kurds', 0, 'group', 'kurds', 'population'],
        ['Uighurs', 10, 'group', 'uighurs', 'population'],
        ['Rohingya', 32, 'group', 'rohingya', 'population'],
        ['Kurds', 47, 'group', 'kurds', 'population'],
        ['Kurd', 68, 'other', 'kurd', 'ethnonym'],
        ['Tamil', 79, 'other', 'tamil', 'ethnonym'],
      ],
    ],
    [
      'faiths are peoples too: a plural is a population group, an adjective before a noun no name, one believer other',
      'Christians and Muslims fled the town. The Jewish community mourned. Omar Kesh, a devout Muslim, and a Christian spoke. Hindu nationalists rallied.',
      [
        ['Christians', 'PER'],
        ['Muslims', 'LOC'],
        ['Jewish', 'LOC'],
        ['Omar Kesh', 'PER'],
        ['Muslim', 'LOC'],
        ['Christian', 'LOC'],
        ['Hindu', 'MISC'],
      ],
      [
        ['Christians', 0, 'group', 'christians', 'population'],
        ['Muslims', 15, 'group', 'muslims', 'population'],
        ['Omar Kesh', 68, 'person', 'omar kesh', 'tagger:PER'],
        ['Muslim', 88, 'other', 'muslim', 'ethnonym'],
        ['Christian', 102, 'other', 'christian', 'ethnonym'],
      ],
    ],
    [
      'negative: a faith word inside a longer name is part of that name',
      'Christian Dorn spoke for the Catholic Church.',
      [
        ['Christian Dorn', 'PER'],
        ['Catholic Church', 'ORG'],
      ],
      [
        ['Christian Dorn', 0, 'person', 'christian dorn', 'tagger:PER'],
        ['Catholic Church', 29, 'organization', 'catholic church', 'tagger:ORG'],
      ],
    ],
    [
      'a hyphened given name: its whole last part is the surname alias, not the syllable after the hyphen',
      'Kim Jong-un spoke. Jong-un left. Aides met Un on Monday.',
      [
        ['Kim Jong-un', 'PER'],
        ['Jong-un', 'PER'],
        ['Un', 'PER'],
      ],
      [
        ['Kim Jong-un', 0, 'person', 'kim jong-un', 'tagger:PER'],
        ['Jong-un', 19, 'person', 'kim jong-un', 'surname'],
        ['Un', 43, 'person', 'un', 'tagger:PER'],
      ],
    ],
    [
      "a politician's party and state in brackets is no name",
      'Sen. Ann Roe (D-Ohio) spoke.',
      [
        ['Ann Roe', 'PER'],
        ['D-Ohio', 'MISC'],
      ],
      [['Ann Roe', 5, 'person', 'ann roe', 'title']],
    ],
    [
      'keys drop accents; a surname with accents still joins its full name',
      'Amadou Touré spoke. Touré left. Sinn Féin and Sinn Fein agreed.',
      [
        ['Amadou Touré', 'PER'],
        ['Touré', 'PER'],
        ['Sinn Féin', 'ORG'],
        ['Sinn Fein', 'ORG'],
      ],
      [
        ['Amadou Touré', 0, 'person', 'amadou toure', 'tagger:PER'],
        ['Touré', 20, 'person', 'amadou toure', 'surname'],
        ['Sinn Féin', 32, 'organization', 'sinn fein', 'tagger:ORG'],
        ['Sinn Fein', 46, 'organization', 'sinn fein', 'same-name'],
      ],
    ],
  ] as const)('%s', (_name, text, runs, want) => {
    expect(typed(text, runs)).toEqual(want);
  });
});

describe('findEntities: outlets and descriptive references', () => {
  it.each([
    [
      "a broadcaster's name with its medium word is the broadcaster, and the broadcaster it",
      'BBC News reported it. The broadcaster said more. France 24 TV agreed.',
      [
        ['BBC News', 'ORG'],
        ['France 24 TV', 'ORG'],
      ],
      [
        ['BBC News', 0, 'organization', 'bbc', 'lexicon:organization'],
        ['The broadcaster', 22, 'organization', 'bbc', 'descriptive:broadcaster'],
        ['France 24 TV', 49, 'organization', 'france 24', 'lexicon:organization'],
      ],
    ],
    [
      'negative: another word after a broadcaster is a name of its own',
      'The BBC Trust met.',
      [['BBC Trust', 'ORG']],
      [
        ['BBC', 4, 'organization', 'bbc', 'lexicon:organization'],
        ['Trust', 8, 'other', 'trust', 'propn-run'],
      ],
    ],
    [
      'state TV is a broadcaster too',
      'Syrian state TV said so. The broadcaster gave no toll.',
      [],
      [
        ['Syrian state TV', 0, 'organization', 'syrian state television', 'national-org'],
        ['The broadcaster', 25, 'organization', 'syrian state television', 'descriptive:broadcaster'],
      ],
    ],
    [
      'a UN body is not the news agency named before it',
      'UNHCR said 500 fled, AFP reported. The UN refugee agency said more.',
      [],
      [
        ['UNHCR', 0, 'organization', 'unhcr', 'lexicon:organization'],
        ['AFP', 21, 'organization', 'afp', 'lexicon:organization'],
        ['The UN refugee agency', 35, 'organization', 'unhcr', 'descriptive:un-agency'],
        ['UN', 39, 'organization', 'united nations', 'lexicon:organization'],
      ],
    ],
    [
      'negative: a named owner makes it none of the earlier bodies; a nationality does not',
      'AFP said so. The Gallian space agency said no. The French news agency said more.',
      [['Gallian', 'LOC']],
      [
        ['AFP', 0, 'organization', 'afp', 'lexicon:organization'],
        ['Gallian', 17, 'place', 'gallian', 'tagger:LOC'],
        ['The French news agency', 47, 'organization', 'afp', 'descriptive:news-agency'],
      ],
    ],
    [
      'a listed group written with hyphens is one name, not the capitalised word inside it',
      'The attack was blamed on Lashkar-e-Taiba.',
      [],
      [['Lashkar-e-Taiba', 25, 'group', 'lashkar-e-taiba', 'lexicon:group']],
    ],
  ] as const)('%s', (_name, text, runs, want) => {
    expect(typed(text, runs)).toEqual(want);
  });
});
