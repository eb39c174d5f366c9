import { describe, expect, it } from 'vitest';
import { mentionRows } from './test-typed-mentions.js';

const rows = mentionRows;

// A person's name spelt another way later in one report is the same person; other names are not.
describe('findEntities: spelling variants of a person name', () => {
  it.each([
    [
      'full name spelt another way',
      'President Mohammed Morsi spoke on Monday. Supporters of Mohamed Mursi marched.',
      ['Mohamed Mursi'],
      [['Mohamed Mursi', 56, 'person', 'mohammed morsi', false, 'name-variant']],
    ],
    [
      'surname alone spelt another way',
      'President Mohammed Morsi spoke on Monday. Supporters of Mursi marched.',
      ['Mursi'],
      [['Mursi', 56, 'person', 'mohammed morsi', true, 'surname']],
    ],
    [
      'negative: another first name is another person',
      'President Mohammed Morsi spoke on Monday. Ahmed Mursi, a lawyer, disagreed.',
      ['Ahmed Mursi'],
      [['Ahmed Mursi', 42, 'person', 'ahmed mursi', false, 'tagger:PER']],
    ],
    [
      'negative: a surname that differs in a consonant',
      'Minister Ahmed Morsi spoke on Monday. He met Moses on Tuesday.',
      ['Moses'],
      [['Moses', 45, 'other', 'moses', false, 'propn-run']],
    ],
    [
      'negative: a surname two people share by variant stays apart',
      'Ahmed Morsi and Ali Mursi spoke on Monday. He met Morsy on Tuesday.',
      ['Morsy'],
      [['Morsy', 50, 'other', 'morsy', false, 'propn-run']],
    ],
    [
      'an inner vowel spelt another way',
      'Soldiers detained Amadou Sanogo in the capital. Sanago was freed on Friday.',
      ['Sanago'],
      [['Sanago', 48, 'person', 'amadou sanogo', true, 'surname']],
    ],
    [
      'the article of "Abd al-" spelt another way',
      'Police said Abdul Karim spoke. Later, Abd al-Karim left the city.',
      ['Abd al-Karim'],
      [['Abd al-Karim', 38, 'person', 'abdul karim', false, 'name-variant']],
    ],
    [
      'a vowel digraph and a doubled letter',
      'Youssef Ali spoke on Monday. Later, Yousef Ali left the city.',
      ['Yousef Ali'],
      [['Yousef Ali', 36, 'person', 'youssef ali', false, 'name-variant']],
    ],
    [
      'negative: Hassan and Hussein are two names',
      'Ali Hassan spoke on Monday. Ali Hussein, a lawyer, disagreed.',
      ['Ali Hussein'],
      [['Ali Hussein', 28, 'person', 'ali hussein', false, 'tagger:PER']],
    ],
  ])('%s', (_, text, wanted, expected) => expect(rows(text, wanted)).toEqual(expected));
});

// A surname before the full name it shortens ("Davis" in a headline, then "Wendy Davis") is that person.
describe('findEntities: a surname before its full name', () => {
  it.each([
    [
      'headline surname',
      'Davis leaves office\nSenator Wendy Davis said on Monday she would leave. Davis thanked staff.',
      ['Davis'],
      [
        ['Davis', 0, 'person', 'wendy davis', true, 'surname'],
        ['Davis', 72, 'person', 'wendy davis', true, 'surname'],
      ],
    ],
    [
      'negative: two people named in full with that surname',
      'Davis leaves office\nSenator Wendy Davis said on Monday she would leave, and Jeff Davis agreed.',
      ['Davis'],
      [['Davis', 0, 'person', 'davis', false, 'tagger:PER']],
    ],
    [
      'negative: also the first name of someone named in full',
      'Carter went home. His father Carter Roberts and the nurse Robin Carter stayed.',
      ['Carter'],
      [['Carter', 0, 'person', 'carter', false, 'tagger:PER']],
    ],
  ])('%s', (_, text, wanted, expected) => expect(rows(text, wanted)).toEqual(expected));
});

// The plural of a nationality names a population group, not a place; before a noun it only describes.
describe('findEntities: a nationality in the plural', () => {
  it.each([
    [
      'Thousands of Pakistanis marched, and many Americans agreed.',
      ['Pakistanis', 'Americans'],
      [
        ['Pakistanis', 13, 'group', 'pakistanis', false, 'population'],
        ['Americans', 42, 'group', 'americans', false, 'population'],
      ],
    ],
    [
      'Troops entered the Philippines on Monday.',
      ['Philippines', 'the Philippines'],
      [['Philippines', 19, 'place', 'philippines', false, 'tagger:LOC']],
    ],
  ])('%s', (text, wanted, expected) => expect(rows(text, wanted)).toEqual(expected));
});
