import { describe, expect, it } from 'vitest';
import { typedRows } from './test-typed-mentions.js';

// One word the tagger types wrongly: an acronym for a thing, an airport's code, an era marker, and a word read as
// a place that the gazetteer lacks but the text makes a body (", which") or a team ("the Jills").
describe('findEntities: the sense of a lone word against its tagger type', () => {
  it.each([
    [
      "a procedure's acronym is no organisation",
      'Paramedics performed CPR on the man.',
      [['CPR', 'ORG']],
      [],
    ],
    ["a nerve agent's acronym is no organisation", 'They found the VX nerve agent.', [['VX', 'ORG']], []],
    ["a weapon's acronym is no organisation", 'They fired an RPG at them.', [['RPG', 'ORG']], []],
    [
      "an airport's code is a place",
      'Workers at LAX waited.',
      [['LAX', 'ORG']],
      [['LAX', 11, 'place', 'lax', 'airport-code']],
    ],
    [
      'negative: another acronym stays what the tagger read',
      'Workers at TSA waited.',
      [['TSA', 'ORG']],
      [['TSA', 11, 'organization', 'tsa', 'tagger:ORG']],
    ],
    ['an era marker after a year is no place', 'It was built in 2,400 BC, they said.', [['BC', 'LOC']], []],
    [
      'negative: the same letters with no year before them stay',
      'Ferries run to BC daily.',
      [['BC', 'LOC']],
      [['BC', 15, 'place', 'bc', 'tagger:LOC']],
    ],
    [
      'a word the gazetteer lacks, before ", which", is a body',
      'It was a challenge to Zentrix, which is also working on a system.',
      [['Zentrix', 'LOC']],
      [['Zentrix', 22, 'organization', 'zentrix', 'body-not-place']],
    ],
    [
      'negative: a place the gazetteer knows stays a place before ", which"',
      'It was a challenge to Aleppo, which is also under siege.',
      [['Aleppo', 'LOC']],
      [['Aleppo', 22, 'place', 'aleppo', 'tagger:LOC']],
    ],
    [
      'negative: "in X, which" is still a place',
      'Staff met in Zentrix, which is small.',
      [['Zentrix', 'LOC']],
      [['Zentrix', 13, 'place', 'zentrix', 'tagger:LOC']],
    ],
    [
      'a plural after "the" the gazetteer lacks is a team or troupe',
      'The cheerleaders for the Buffalo Bills, the Jorrills, sued the team.',
      [
        ['Buffalo Bills', 'ORG'],
        ['Jorrills', 'LOC'],
      ],
      [
        ['Buffalo Bills', 25, 'organization', 'buffalo bills', 'tagger:ORG'],
        ['Jorrills', 44, 'organization', 'jorrills', 'plural-not-place'],
      ],
    ],
    [
      'negative: a plural place the gazetteer knows',
      'They flew to the Philippines on Monday.',
      [['Philippines', 'LOC']],
      [['Philippines', 17, 'place', 'philippines', 'tagger:LOC']],
    ],
  ] as const)('%s', (_name, text, runs, want) => {
    expect(typedRows(text, runs)).toEqual(want);
  });
});
