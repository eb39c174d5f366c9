import { describe, expect, it } from 'vitest';
import { runFigures } from './run-figures.js';

const figures = (text: string) =>
  runFigures(text, '2016-12-03').figures.map((f) => text.slice(f.span.start, f.span.end));

/** A number that counts the speakers of a report is no figure; [case, sentence, the figures left]. */
describe('figuresStage: counts of speakers (counts-speakers.ts)', () => {
  it.each([
    ['after "according to"', 'The hall was safe to enter, according to two police officials.', []],
    [
      'an approximator after "according to"',
      'According to at least five witnesses, the van exploded at noon.',
      [],
    ],
    ['after "citing"', 'The agency, citing three residents, said the town had fallen.', []],
    ['the subject of "said"', 'Two officials said the bridge had been closed since Monday.', []],
    ['the subject of "told"', 'Three witnesses told reporters that the gunmen fled on foot.', []],
    ['a modifier before the verb', 'Four former employees also said the fund had lost money.', []],
    ['a describing phrase', 'Two people familiar with the talks said the deal was close.', []],
    [
      'a phrase set off by commas',
      'Two U.S. officials, speaking on condition of anonymity, said the strike hit a depot.',
      [],
    ],
    ['after "but"', 'The army denied it, but two soldiers said the order came late.', []],
    ['after a dash and "but"', 'It was never made public--but four former aides said it existed.', []],
    [
      'negative: the speakers\u2019 count is not the content',
      'Police said two officials were killed.',
      ['two officials'],
    ],
    ['negative: people killed', 'Two officials were killed in the blast.', ['Two officials']],
    [
      'negative: a state, not a report',
      'Police said two people reported missing were found.',
      ['two people'],
    ],
    ['negative: the object of a verb', 'Police arrested two men who said they were guards.', ['two men']],
    [
      'negative: an object before an apposition',
      'The blast killed two civilians, a local official, said.',
      ['two civilians'],
    ],
    ['negative: "said to be"', 'Five people said to be militants were detained.', ['Five people']],
    [
      'negative: many people telling is news',
      'The site reported that 98 advertisers have told the network they will leave.',
      ['98 advertisers'],
    ],
    [
      'negative: a measured count after "citing"',
      'The report, citing 300 deaths, urged a truce.',
      ['300 deaths'],
    ],
    ['negative: the source after the figure', 'The storm killed 12 people, officials said.', ['12 people']],
  ] as const)('%s', (_, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});
