import { describe, expect, it } from 'vitest';
import { fixtureEntities } from '../attribution/test-layers.js';
import { runFigures } from './run-figures.js';

const spans = (text: string) =>
  runFigures(text, '2016-12-03').figures.map((f) => text.slice(f.span.start, f.span.end));

describe('figuresStage: distances that locate are not figures', () => {
  it.each([
    ['a distance and its direction', 'The town, about 30km south of Kirkuk, was hit.', []],
    ['with its restatement in parentheses', 'The town, about 30km (19 miles) south of Kirkuk, was hit.', []],
    ['"from"', 'A position 6km from Daquq was shelled.', []],
    ['"away", with a count kept', 'Shells fell 5 km away, killing 12 people.', ['12 people']],
    ['a compass point with a hyphen', 'The village lies 10 miles north-west of Idlib.', []],
    ['negative: a distance advanced', 'Troops advanced 5 km on Friday.', ['5 km']],
    ['negative: a stretch held', 'They hold 3 km of the front.', ['3 km']],
    ['yards and feet away', 'Medics waited 150 yards away, 20 feet from the gate.', []],
    ['negative: a wall in feet', 'Workers built 300 feet of wall.', ['300 feet']],
  ])('%s', (_, text, want) => {
    expect(spans(text)).toEqual(want);
  });
});

describe('figuresStage: spans of years are not figures', () => {
  it.each([
    [
      'a span of years',
      'The war over the New Year period of 2008-2009, killed more than 1,400 Palestinians.',
      ['more than 1,400 Palestinians'],
    ],
    [
      'negative: a range of counts',
      'Between 2,000 and 3,000 people fled.',
      ['Between 2,000 and 3,000 people'],
    ],
    [
      'negative: year-like numbers counting people',
      'Some 1,900-2,000 people fled.',
      ['Some 1,900-2,000 people'],
    ],
    ['negative: written without commas', 'Some 1900-2000 people fled.', ['Some 1900-2000 people']],
    [
      'a span of years before a verb (no tagger)',
      'The war of 2008-2009 killed more than 1,400 people.',
      ['more than 1,400 people'],
    ],
    ['a span of years before a singular noun', 'It hosted the 2003-2005 exhibition on medicine.', []],
    [
      'negative: an -ed adjective before a known noun',
      'Some 12 wounded civilians arrived.',
      ['Some 12 wounded civilians'],
    ],
  ])('%s', (_, text, want) => {
    expect(spans(text)).toEqual(want);
  });
});

describe('figuresStage: ages, phone numbers, kin and years before what they date are not figures', () => {
  it.each([
    ['an age in apposition to a name', 'Ann Lee, 19, of Springfield, was arrested.', []],
    ['an age after a noun', 'A fire killed a man, 84, in the village.', []],
    ['an age before a verb', 'Ann Lee, 54, is still in custody.', []],
    ['an age with a hyphen, then a space', 'He shot a 14-year old boy.', []],
    ['an age in months', 'A 6-month old baby was found.', []],
    ['negative: a count before "years old"-like words', 'He shot 14 old men.', ['14 old men']],
    ['an age at the sentence end', 'The driver was named as Ann Lee, 23.', []],
    ['negative: a count after a comma', 'Of the 23 men held, 12 are foreigners.', ['23 men', '12']],
    ['negative: too large to be an age', 'In the town, 300, were left.', ['300']],
    ['a phone number', 'Call the office at 624-6622 for help.', []],
    ['a phone number with its area code', 'Call (423) 272-7555 for help.', []],
    ['negative: a range of counts', 'Some 100-1000 people fled.', ['Some 100-1000 people']],
    ['a mother of two', 'A mother of two was found on Friday.', []],
    ['a family of four', 'The family of four fled the town.', []],
    ['negative: of and a noun', 'The mother of two soldiers spoke.', ['two soldiers']],
    ['a year before deaths', 'He was acquitted of the 1994 deaths of his wife and her friend.', []],
    ['a year before a thing', 'Observers followed its 2016 referendums closely.', []],
    ['negative: a count of people after "the"', 'Police said the 1500 protesters left.', ['1500 protesters']],
    ['negative: deaths counted without a determiner', 'The toll reached 1500 deaths.', ['1500 deaths']],
    ['a road label', 'He was stopped near Interstate 805 at night.', []],
    ['a street address block', 'He was found in the 5000 block of Elm Avenue.', []],
    ['a street address block at the end', 'Shots were fired in the 1200 block.', []],
    ['negative: blocks counted', 'The fire spread across 12 blocks.', ['12 blocks']],
    ['negative: a count of blocks of a street', 'Police closed 3 blocks of Elm Avenue.', ['3 blocks']],
    ['a number word in a web address', 'See example.com/news/Two-men-held-in-raid for more.', []],
    ['digits in a web address', 'Source: http://example.org/2013/09/story.html today.', []],
    ['negative: a decimal is no address', 'Some 1.5 million people fled.', ['Some 1.5 million people']],
  ])('%s', (_, text, want) => {
    expect(spans(text)).toEqual(want);
  });
});

describe('figuresStage: a number inside a name is part of the name', () => {
  const inName = (text: string, name: string) =>
    runFigures(text, '2016-12-03', fixtureEntities(text, [{ text: name, type: 'other' }])).figures.map((f) =>
      text.slice(f.span.start, f.span.end),
    );
  it.each([
    [
      'a war named by its number',
      'Some 76,000 people were deported during World War Two.',
      'World War Two',
      ['Some 76,000 people'],
    ],
    [
      'negative: a name that starts at the number',
      'Two Rivers residents said 40 homes burned.',
      'Two Rivers',
      ['40 homes'],
    ],
    [
      'negative: a counted noun after the number',
      'Leaders of the Group of 20 nations arrived.',
      'Group of 20',
      ['20 nations'],
    ],
  ])('%s', (_, text, name, want) => {
    expect(inName(text, name)).toEqual(want);
  });
});

describe('figuresStage: a vague quantity of variety counts nothing', () => {
  it.each([
    ['"several different"', 'Exiles live in several different countries.', []],
    ['"dozens of various"', 'He met dozens of various groups.', []],
    ['negative: a plain vague count', 'Exiles live in dozens of countries.', ['dozens of countries']],
    ['negative: digits before "different"', 'They visited three different camps.', ['three different camps']],
  ])('%s', (_, text, want) => {
    expect(spans(text)).toEqual(want);
  });
});

describe('figuresStage: a number glued to a word by a hyphen modifies what follows', () => {
  it.each([
    ['a series in parts', 'The channel aired a five-part series.', []],
    ['a plan in points', 'He set out a 10-point plan.', []],
    ['a code with a letter', 'He was labelled 4-C by the board.', []],
    ['negative: a force by its strength', 'A 500-strong force arrived.', ['500']],
    ['negative: "-plus"', 'A 60-plus nation coalition met.', ['60']],
    ['an age after "then"', 'Lee, then 18, was charged.', []],
    ['negative: a count after "then"', 'Police then detained 18 men.', ['18 men']],
    ['a part of a time span', 'For all but five of those minutes, nobody moved.', []],
  ])('%s', (_, text, want) => {
    expect(spans(text)).toEqual(want);
  });
});
