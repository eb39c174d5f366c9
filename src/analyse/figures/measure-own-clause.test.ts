import { describe, expect, it } from 'vitest';
import { clauseIndex } from './clauses.js';
import { figureMeasure } from './figure-measure.js';
import { runFigures } from './run-figures.js';
import { taggedTokens } from './tagged-tokens.js';

const measures = (text: string) =>
  runFigures(text, '2016-12-03').figures.map((f) => [text.slice(f.span.start, f.span.end), f.measure]);

describe('figureMeasure: a neutral predicate of the counted noun keeps a casualty word of another noun off it', () => {
  it.each([
    [
      'turned out for a memorial for the one killed',
      'Hundreds of people turned out for a memorial for the officer killed in the attack.',
      [['Hundreds of people', 'other']],
    ],
    [
      'attended a funeral',
      'About 300 people attended the funeral of the soldier killed on Monday.',
      [['About 300 people', 'other']],
    ],
    [
      'took part in a vigil',
      'Thousands of people took part in a vigil for the victims of the killing.',
      [['Thousands of people', 'other']],
    ],
    [
      'marched',
      'Some 2,000 people marched to the square where a protester was killed.',
      [['Some 2,000 people', 'other']],
    ],
    [
      'charged: the accused, not the victims',
      'Two men were charged over the shooting that killed a teenager.',
      [['Two men', 'other']],
    ],
    [
      'negative: the counted noun is the one killed',
      'Hundreds of people were killed at the memorial.',
      [['Hundreds of people', 'killed']],
    ],
    [
      'negative: a memorial for people killed',
      'Mourners gathered at the memorial for 12 people killed in the blast.',
      [['12 people', 'killed']],
    ],
    [
      'negative: a cue before the neutral word',
      'Two men were arrested and charged.',
      [['Two men', 'arrested']],
    ],
  ])('%s', (_, text, want) => {
    expect(measures(text)).toEqual(want);
  });
});

describe('figureMeasure: a cue is not read across "after"/"when" into another clause', () => {
  it.each([
    [
      'a bus carrying passengers',
      'Three people died when a bus carrying 40 passengers crashed.',
      [
        ['Three people', 'killed'],
        ['40 passengers', 'other'],
      ],
    ],
    ['died after two men stabbed him', 'The officer died after two men stabbed him.', [['two men', 'other']]],
    [
      'negative: "after being injured" shares the subject',
      'Five people were in hospital after being injured.',
      [['Five people', 'injured']],
    ],
    [
      'negative: the cue inside the figure’s own part',
      'After the death of 12 soldiers, the army withdrew.',
      [['12 soldiers', 'killed']],
    ],
  ])('%s', (_, text, want) => {
    expect(measures(text)).toEqual(want);
  });
});

describe("figureMeasure: one person's death and the lives of the living are no count of the dead", () => {
  it.each([
    ['his death', 'His death leaves thousands of people grieving.', [['thousands of people', 'other']]],
    ["someone's death", "Since the officer's death, 3 men have been questioned.", [['3 men', 'other']]],
    [
      'lives with no loss',
      'The charity speaks for the lives of millions of children.',
      [['millions of children', 'other']],
    ],
    ['in custody', 'Four people are in custody.', [['Four people', 'detained']]],
    ['negative: deaths of a group', 'The deaths of 12 people shocked the town.', [['12 people', 'killed']]],
    ['negative: claimed the lives', 'The floods claimed the lives of 30 people.', [['30 people', 'killed']]],
    ['negative: lost their lives', 'Some 12 people lost their lives.', [['Some 12 people', 'killed']]],
  ])('%s', (_, text, want) => {
    expect(measures(text)).toEqual(want);
  });
});

describe('figureMeasure: the object of a verb that harms no one', () => {
  it.each([
    [
      'attacked, then a cue for another figure',
      'Gunmen attacked 30 villagers, killing 12.',
      [
        ['30 villagers', 'other'],
        ['12', 'killed'],
      ],
    ],
    [
      'attack, one of whom died',
      'They used poison to attack three people, one of whom died.',
      [
        ['three people', 'other'],
        ['one of whom', 'killed'],
      ],
    ],
    ['negative: a harming verb', 'Gunmen killed 30 villagers.', [['30 villagers', 'killed']]],
    [
      'negative: the figure’s own predicate first',
      'Rescuers saved 40 people trapped underground.',
      [['40 people', 'affected']],
    ],
  ])('%s', (_, text, want) => {
    expect(measures(text)).toEqual(want);
  });
});

describe('not a figure: an age after "the age of"', () => {
  it.each([
    ['the age of', 'He died at the age of 94.', []],
    ['the age in words and digits', 'No child under the age of thirteen (13) may sign up.', []],
    ['negative: ages of people counted', 'The ages of 30 people were unknown.', [['30 people', 'other']]],
  ])('%s', (_, text, want) => {
    expect(measures(text)).toEqual(want);
  });
});

describe('figureMeasure: tagged words between a figure and its predicate', () => {
  const at = (tokens: ReturnType<typeof taggedTokens>, from: number, to: number) => ({
    start: tokens[from]!.span.start,
    end: tokens[to]!.span.end,
  });
  it.each([
    [
      'a name before a neutral verb',
      'two/NUM women/NOUN Malaysia/PROPN has/AUX accused/VERB of/ADP the/DET killing/NOUN',
      [0, 1],
      'women',
      'other',
    ],
    [
      'words the counted noun left, then a cue',
      'troops/NOUN killed/VERB 2/NUM as/ADP 100/NUM Syrian/ADJ refugees/NOUN fled/VERB',
      [4, 4],
      null,
      'fled',
    ],
    [
      'negative: a preposition ends the noun phrase',
      'troops/NOUN killed/VERB 2/NUM as/ADP 100/NUM in/ADP hiding/NOUN fled/VERB',
      [4, 4],
      null,
      'killed',
    ],
  ] as const)('%s', (_, words, [from, to], what, want) => {
    const tokens = taggedTokens(words);
    expect(figureMeasure(tokens, at(tokens, from, to), null, what)).toBe(want);
  });
});

describe('clauseIndex: a relative clause closes at the comma before the main verb', () => {
  it.each([
    [
      'closed before a finite verb',
      'Ann/PROPN ,/PUNCT who/PRON had/VERB 16/NUM children/NOUN ,/PUNCT was/AUX filmed/VERB',
      [0, 1, 1, 1, 1, 1, 2, 2, 2],
    ],
    [
      'negative: a participle goes on with the relative clause',
      'the/DET strike/NOUN ,/PUNCT which/PRON killed/VERB 12/NUM ,/PUNCT including/VERB 3/NUM',
      [0, 0, 1, 1, 1, 1, 1, 1, 1],
    ],
  ])('%s', (_, words, want) => {
    expect(clauseIndex(taggedTokens(words))).toEqual(want);
  });
});
