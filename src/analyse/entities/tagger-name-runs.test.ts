import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import type { NerType } from '../../ner/ner-labels.js';
import { segmentStage } from '../segment/segment-stage.js';
import { repairRuns, taggerNameRuns } from './tagger-name-runs.js';

const tokensOf = (text: string) => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  return segmentStage.run({}, ctx).tokens;
};
/** Runs given and returned as [surface, type]; the input runs are located by their surface. */
const repaired = (text: string, runs: readonly (readonly [string, NerType])[]) => {
  const tokens = tokensOf(text);
  const at = (s: string) => {
    const start = text.indexOf(s);
    const first = tokens.findIndex((t) => t.span.start === start);
    const last = tokens.findIndex((t) => t.span.end === start + s.length);
    return { first, last };
  };
  const out = repairRuns(
    text,
    tokens,
    runs.map(([s, type]) => ({ ...at(s), type })),
  );
  return out.map((r) => [text.slice(tokens[r.first]!.span.start, tokens[r.last]!.span.end), r.type]);
};

describe('repairRuns', () => {
  it.each([
    [
      'a nationality joins the organisation after it',
      'The Syrian Observatory for Human Rights said so.',
      [
        ['Syrian', 'MISC'],
        ['Observatory for Human Rights', 'ORG'],
      ],
      [['Syrian Observatory for Human Rights', 'ORG']],
    ],
    [
      'a comma splits a run into names that keep its type; a quantifier opening it is cut off',
      'Officials told Kirov, Vesta, a daily. Many Christians fled.',
      [
        ['Kirov, Vesta', 'ORG'],
        ['Many Christians', 'PER'],
      ],
      [
        ['Kirov', 'ORG'],
        ['Vesta', 'ORG'],
        ['Christians', 'PER'],
      ],
    ],
    [
      "negative: a firm's partners joined by a final & stay one name",
      'He joined Bodley, Marsh & Cole last year.',
      [['Bodley, Marsh & Cole', 'ORG']],
      [['Bodley, Marsh & Cole', 'ORG']],
    ],
    [
      'negative: a place and a company suffix after a comma stay in the name',
      'He flew to Washington, D.C. from Nuance Systems, Inc. offices.',
      [
        ['Washington, D.C.', 'LOC'],
        ['Nuance Systems, Inc.', 'ORG'],
      ],
      [
        ['Washington, D.C.', 'LOC'],
        ['Nuance Systems, Inc.', 'ORG'],
      ],
    ],
    [
      'negative: an acronym stays a name of its own',
      'The Kurdish YPG militia moved.',
      [
        ['Kurdish', 'MISC'],
        ['YPG', 'ORG'],
      ],
      [
        ['Kurdish', 'MISC'],
        ['YPG', 'ORG'],
      ],
    ],
    [
      'negative: not across a comma',
      'Syrian, Observatory officials said.',
      [
        ['Syrian', 'MISC'],
        ['Observatory', 'ORG'],
      ],
      [
        ['Syrian', 'MISC'],
        ['Observatory', 'ORG'],
      ],
    ],
    [
      'a hyphenated modifier keeps its capitalised head, untyped',
      'The Britain-based monitor said so.',
      [['Britain-based', 'MISC']],
      [['Britain', null]],
    ],
    [
      "a person's name keeps a lower-case part after a hyphen",
      'Envoys met Kim Jong-un and Park Soo-min.',
      [
        ['Kim Jong-un', 'PER'],
        ['Park Soo-min', 'PER'],
      ],
      [
        ['Kim Jong-un', 'PER'],
        ['Park Soo-min', 'PER'],
      ],
    ],
    [
      "negative: a participle or modifier word after a person's name is cut off; another type's tail too",
      'The Varga-backed plan and Canadian-born Ivo Sand met the Lyon-rooted group.',
      [
        ['Varga-backed', 'PER'],
        ['Canadian-born Ivo Sand', 'PER'],
        ['Lyon-rooted', 'LOC'],
      ],
      [
        ['Varga', null],
        ['Canadian-born Ivo Sand', 'PER'],
        ['Lyon', null],
      ],
    ],
    [
      'a day name splits a run',
      "Syria's army advanced in east Aleppo Saturday in an assault.",
      [['Aleppo Saturday', 'PER']],
      [['Aleppo', null]],
    ],
    [
      'a run that keeps its capitals keeps its type',
      'Troops took al-Sakhour.',
      [['al-Sakhour', 'LOC']],
      [['al-Sakhour', 'LOC']],
    ],
    [
      'a run ends at a line break: the first part keeps the type, the next is untyped',
      'Rebels Hold Northern Town\nKidal fell on Friday.',
      [['Northern Town\nKidal', 'ORG']],
      [
        ['Northern Town', 'ORG'],
        ['Kidal', null],
      ],
    ],
    [
      "a byline run into the next line's place name",
      'By Tomas Reyes\nTOMBORO, Gallia',
      [['Tomas Reyes\nTOMBORO', 'PER']],
      [
        ['Tomas Reyes', 'PER'],
        ['TOMBORO', null],
      ],
    ],
    [
      'negative: a run on one line is whole',
      'Talks in New York City resumed.',
      [['New York City', 'LOC']],
      [['New York City', 'LOC']],
    ],
    [
      'a dash at a run edge is cut, the type kept',
      'TOMBORO (AP) — Police said so.',
      [['— Police', 'ORG']],
      [['Police', 'ORG']],
    ],
    [
      'a quote closing a title at a run edge is cut',
      "Cut from 'All the Money in the Tomboro' today.",
      [["Tomboro'", 'MISC']],
      [['Tomboro', 'MISC']],
    ],
    [
      'negative: brackets and a dot may end a name',
      'Tomboro Co. and Mladost ( L ) won.',
      [
        ['Tomboro Co.', 'ORG'],
        ['Mladost ( L )', 'ORG'],
      ],
      [
        ['Tomboro Co.', 'ORG'],
        ['Mladost ( L )', 'ORG'],
      ],
    ],
    [
      'a conjunction opening a run is cut, the type kept',
      'And Tomas said so.',
      [['And Tomas', 'PER']],
      [['Tomas', 'PER']],
    ],
    ['a lone abbreviation is no name', 'He was the No. 3 man.', [['No.', 'ORG']], []],
    [
      'negative: an abbreviation in a longer name stays',
      'St. Tomboro opened.',
      [['St. Tomboro', 'LOC']],
      [['St. Tomboro', 'LOC']],
    ],
    ['a lone preposition is no name', 'Among the patients, most were well.', [['Among', 'ORG']], []],
    ['a lone interjection is no name', 'Then we said Yes to them.', [['Yes', 'ORG']], []],
    [
      'negative: a lone word in capitals keeps its type',
      'US officials said so.',
      [['US', 'LOC']],
      [['US', 'LOC']],
    ],
    [
      'a common word in capitals in running text is no name',
      'FOR MOVEMENT FRIDAY the photo was out.',
      [['MOVEMENT', 'ORG']],
      [],
    ],
    [
      'a shouted magazine title in running text is no name',
      'As reported in MODERN last year, she won.',
      [['MODERN', 'ORG']],
      [],
    ],
    [
      'negative: a name in a headline all in capitals',
      'SOCCER - SMITH JOINS RANGERS .',
      [['RANGERS', 'ORG']],
      [['RANGERS', 'ORG']],
    ],
    ['negative: a short acronym', 'Flights at LAX resumed.', [['LAX', 'ORG']], [['LAX', 'ORG']]],
    [
      'negative: a name the gazetteer lists',
      'Fans of RANGERS cheered in the city.',
      [['RANGERS', 'ORG']],
      [['RANGERS', 'ORG']],
    ],
    [
      'negative: an acronym the document defines in brackets',
      'The Alert Plan (AMBER) said AMBER would grow.',
      [['AMBER', 'ORG']],
      [['AMBER', 'ORG']],
    ],
  ])('%s', (_rule, text, runs, expected) => {
    expect(repaired(text, runs as [string, NerType][])).toEqual(expected);
  });
});

describe('taggerNameRuns with the committed model', () => {
  it('gives every run of a name the type most of its runs got in the document', () => {
    const text = 'Talks in Geneva failed. Geneva hosted them. Geneva was quiet.';
    const tokens = tokensOf(text);
    const runs = taggerNameRuns(text, tokens);
    const typed = runs.map((r) => [
      text.slice(tokens[r.first]!.span.start, tokens[r.last]!.span.end),
      r.type,
    ]);
    expect(typed).toEqual([
      ['Geneva', 'LOC'],
      ['Geneva', 'LOC'],
      ['Geneva', 'LOC'],
    ]);
  });

  it('tags a hyphenated name whole ("Bashar al-Assad")', () => {
    const text = 'President Bashar al-Assad spoke in Damascus.';
    const tokens = tokensOf(text);
    const typed = taggerNameRuns(text, tokens).map((r) => [
      text.slice(tokens[r.first]!.span.start, tokens[r.last]!.span.end),
      r.type,
    ]);
    expect(typed).toEqual([
      ['Bashar al-Assad', 'PER'],
      ['Damascus', 'LOC'],
    ]);
  });
});
