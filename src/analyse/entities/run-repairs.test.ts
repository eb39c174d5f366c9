import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import type { NerType } from '../../ner/ner-labels.js';
import { segmentStage } from '../segment/segment-stage.js';
import { joinOrgRuns } from './join-org-runs.js';
import { dropPositionalHeads } from './positional-head.js';
import { repairRuns, type Typed } from './tagger-name-runs.js';
import { titleCaseRuns } from './title-case-runs.js';

type Repair = (text: string, tokens: ReturnType<typeof tokensOf>, runs: readonly Typed[]) => Typed[];
const tokensOf = (text: string) => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  return segmentStage.run({}, ctx).tokens;
};
/** Runs given as [surface, type], in text order (each found after the one before), returned alike. */
const repaired = (repair: Repair, text: string, runs: readonly (readonly [string, NerType | null])[]) => {
  const tokens = tokensOf(text);
  let cursor = 0;
  const at = (s: string) => {
    const start = text.indexOf(s, cursor);
    cursor = start + 1;
    const first = tokens.findIndex((t) => t.span.start === start);
    const last = tokens.findIndex((t) => t.span.end === start + s.length);
    return { first, last };
  };
  const input = runs.map(([s, type]) => ({ ...at(s), type }));
  return repair(text, tokens, input).map((r) => [
    text.slice(tokens[r.first]!.span.start, tokens[r.last]!.span.end),
    r.type,
  ]);
};

describe('joinOrgRuns', () => {
  it.each([
    [
      'an organisation split at "for the" is one name',
      'The National Front for the Defence of Farmers (NFDF) met.',
      [
        ['National Front', 'ORG'],
        ['Defence of Farmers', 'ORG'],
        ['NFDF', 'ORG'],
      ],
      [
        ['National Front for the Defence of Farmers', 'ORG'],
        ['NFDF', 'ORG'],
      ],
    ],
    [
      '"and the" adds a part when a bracketed acronym follows the whole',
      'The Committee for the Defence of Farmers and the Protection of Rivers (CDFPR) met.',
      [
        ['Committee', 'ORG'],
        ['Defence of Farmers', 'ORG'],
        ['Protection of Rivers', 'ORG'],
      ],
      [['Committee for the Defence of Farmers and the Protection of Rivers', 'ORG']],
    ],
    [
      'negative: "and the" without an acronym keeps two names',
      'The Council for Peace and the Army met.',
      [
        ['Council', 'ORG'],
        ['Peace', 'ORG'],
        ['Army', 'ORG'],
      ],
      [
        ['Council for Peace', 'ORG'],
        ['Army', 'ORG'],
      ],
    ],
    [
      'negative: a person before "for" is no organisation',
      'Jan Smit for the Red Cross spoke.',
      [
        ['Jan Smit', 'PER'],
        ['Red Cross', 'ORG'],
      ],
      [
        ['Jan Smit', 'PER'],
        ['Red Cross', 'ORG'],
      ],
    ],
    [
      'a body\'s head and its subject join with "on"',
      'He spoke before the Senate Farm Subcommittee on Rural Roads today.',
      [
        ['Senate Farm Subcommittee', 'ORG'],
        ['Rural Roads', 'ORG'],
      ],
      [['Senate Farm Subcommittee on Rural Roads', 'ORG']],
    ],
    [
      'negative: "on" after another head, or before a place, joins nothing',
      'The Tomboro Bank on Main Street and the Farm Committee on Kenya met.',
      [
        ['Tomboro Bank', 'ORG'],
        ['Main Street', 'ORG'],
        ['Farm Committee', 'ORG'],
        ['Kenya', 'LOC'],
      ],
      [
        ['Tomboro Bank', 'ORG'],
        ['Main Street', 'ORG'],
        ['Farm Committee', 'ORG'],
        ['Kenya', 'LOC'],
      ],
    ],
    [
      'negative: a place after "of" stays a place',
      'Officials of Oxfam in Kenya spoke of Kenya.',
      [
        ['Oxfam', 'ORG'],
        ['Kenya', 'LOC'],
        ['Kenya', 'LOC'],
      ],
      [
        ['Oxfam', 'ORG'],
        ['Kenya', 'LOC'],
        ['Kenya', 'LOC'],
      ],
    ],
  ] as const)('%s', (_name, text, runs, want) => {
    expect(repaired(joinOrgRuns, text, runs)).toEqual(want);
  });
});

describe('repairRuns: words never at a name edge', () => {
  it.each([
    [
      'a question word run into a caption name is cut off, the type kept',
      'Writer Jane Doe Why do we care?',
      [['Writer Jane Doe Why', 'PER']],
      [['Writer Jane Doe', 'PER']],
    ],
    ['negative: an acronym in capitals is a name', 'The WHO said so.', [['WHO', 'ORG']], [['WHO', 'ORG']]],
    [
      'negative: a never-name word joined by hyphens is a connector inside the name',
      'Gunmen of Jaysh-i-Tomboro fled. I saw them.',
      [['Jaysh-i-Tomboro', 'ORG']],
      [['Jaysh-i-Tomboro', 'ORG']],
    ],
    ['a religious law is no name', 'Clerics want to impose Sharia.', [['Sharia', 'LOC']], []],
    [
      'a religious law splits a run, the rest untyped',
      'Sharia Tomboro judges ruled.',
      [['Sharia Tomboro', 'ORG']],
      [['Tomboro', null]],
    ],
  ] as const)('%s', (_name, text, runs, want) => {
    expect(repaired(repairRuns, text, runs)).toEqual(want);
  });
});

describe('dropPositionalHeads', () => {
  it.each([
    [
      'an adjective opening a sentence is not part of the name after it',
      'Landlocked Chad imports fuel. Chad is poor.',
      [
        ['Landlocked Chad', 'ORG'],
        ['Chad', 'LOC'],
      ],
      [
        ['Chad', null],
        ['Chad', 'LOC'],
      ],
    ],
    [
      'a word after an ordinal belongs to the number',
      'In the 15th Century Tomboro was rich. Tomboro is old.',
      [
        ['Century Tomboro', 'PER'],
        ['Tomboro', 'PER'],
      ],
      [
        ['Tomboro', null],
        ['Tomboro', 'PER'],
      ],
    ],
    [
      'negative: a noun opening an organisation name stays',
      'Statistics Canada said so. Canada grew.',
      [
        ['Statistics Canada', 'ORG'],
        ['Canada', 'LOC'],
      ],
      [
        ['Statistics Canada', 'ORG'],
        ['Canada', 'LOC'],
      ],
    ],
    [
      'negative: a first name opening a sentence stays',
      'Erik Vandermolen won. Vandermolen said so.',
      [
        ['Erik Vandermolen', 'PER'],
        ['Vandermolen', 'PER'],
      ],
      [
        ['Erik Vandermolen', 'PER'],
        ['Vandermolen', 'PER'],
      ],
    ],
    [
      'negative: a known place name stays whole',
      'New Zealand won. Zealand is not it.',
      [
        ['New Zealand', 'LOC'],
        ['Zealand', 'LOC'],
      ],
      [
        ['New Zealand', 'LOC'],
        ['Zealand', 'LOC'],
      ],
    ],
  ] as const)('%s', (_name, text, runs, want) => {
    expect(repaired(dropPositionalHeads, text, runs)).toEqual(want);
  });
});

describe('titleCaseRuns', () => {
  it.each([
    [
      'a title-case headline run keeps the names the body uses',
      'Why The Chad Crisis Worries All Of West Africa\n\nChad is poor, and West Africa is worried.',
      [
        ['Chad Crisis Worries All Of', 'ORG'],
        ['West Africa', 'LOC'],
        ['Chad', 'LOC'],
        ['West Africa', 'LOC'],
      ],
      [
        ['Chad', null],
        ['West Africa', 'LOC'],
        ['Chad', 'LOC'],
        ['West Africa', 'LOC'],
      ],
    ],
    [
      'negative: a headline in capitals is left to the tagger',
      'WHY THE CHAD CRISIS WORRIES ALL OF WEST AFRICA\n\nChad is poor.',
      [
        ['CHAD CRISIS WORRIES ALL OF', 'ORG'],
        ['Chad', 'LOC'],
      ],
      [
        ['CHAD CRISIS WORRIES ALL OF', 'ORG'],
        ['Chad', 'LOC'],
      ],
    ],
    [
      'negative: a name with no function word inside stays whole',
      'Did Not Bat : B. Hollins\n\nBen Hollins bowled. Hollins won.',
      [
        ['B. Hollins', 'PER'],
        ['Ben Hollins', 'PER'],
        ['Hollins', 'PER'],
      ],
      [
        ['B. Hollins', 'PER'],
        ['Ben Hollins', 'PER'],
        ['Hollins', 'PER'],
      ],
    ],
  ] as const)('%s', (_name, text, runs, want) => {
    expect(repaired(titleCaseRuns, text, runs)).toEqual(want);
  });
});
