import { describe, expect, it } from 'vitest';
import { fixtureEntities } from '../attribution/test-layers.js';
import { runFigures } from './run-figures.js';

/** Every share figure of `text` as [span, value or bounds, measure]; `places` are place names in it. */
const shares = (text: string, places: readonly string[] = []) =>
  runFigures(
    text,
    '2016-12-03',
    fixtureEntities(
      text,
      places.map((p) => ({ text: p, type: 'place' as const })),
    ),
  )
    .figures.filter((f) => f.unit === 'share')
    .map((f) => [text.slice(f.span.start, f.span.end), f.value ?? [f.low, f.high], f.measure]);

describe('figuresStage: a share is share_controlled only when it is a share of ground', () => {
  it.each([
    [
      'a share of territory lost',
      'Rebels lost 30 percent of their territory.',
      [],
      [['30 percent of their territory', 0.3, 'share_controlled']],
    ],
    [
      'a share of a city held',
      'The army now holds 70% of the city.',
      [],
      [['70% of the city', 0.7, 'share_controlled']],
    ],
    [
      'a fraction of a country under control',
      'The rebels seized control of the northern half of the country.',
      [],
      [['half of the country', 0.5, 'share_controlled']],
    ],
    [
      'areas after a hyphenated modifier',
      'Troops retook nearly half of the rebel-held areas of the town.',
      [],
      [['nearly half of the rebel-held areas', [null, 0.5], 'share_controlled']],
    ],
    [
      'a named place after a hyphenated "-held"',
      'Rebels lost 60 percent of rebel-held eastern Aleppo.',
      ['Aleppo'],
      [['60 percent of rebel-held eastern Aleppo', 0.6, 'share_controlled']],
    ],
    [
      'a named place',
      'The militia controls about 40 percent of Raqqa.',
      ['Raqqa'],
      [['about 40 percent of Raqqa', 0.4, 'share_controlled']],
    ],
    [
      "a place's countryside",
      'The militia controls about 40 percent of Raqqa’s countryside.',
      ['Raqqa'],
      [['about 40 percent of Raqqa’s countryside', 0.4, 'share_controlled']],
    ],
    ['negative: a stock move', 'Shares of the firm fell 5% on Monday.', [], [['5%', 0.05, 'other']]],
    ['negative: an index that lost', 'The index lost 2.5 percent.', [], [['2.5 percent', 0.025, 'other']]],
    [
      'negative: a vote share taken',
      'She took 52% of the vote in the city.',
      [],
      [['52% of the vote', 0.52, 'other']],
    ],
    [
      'negative: a share of a value lost',
      'The company lost 10% of its value.',
      [],
      [['10% of its value', 0.1, 'other']],
    ],
    ['negative: a stake held', 'The state holds a 20% stake in the bank.', [], [['20% stake', 0.2, 'other']]],
    [
      "negative: a place's population",
      'They controlled nearly 49 percent of the state’s population.',
      [],
      [['nearly 49 percent of the state’s population', [null, 0.49], 'other']],
    ],
    [
      'negative: a territory word that modifies people',
      'Some 21 percent of area residents took part.',
      [],
      [['Some 21 percent of area residents', 0.21, 'other']],
    ],
    [
      'negative: a share of people takes their cue',
      'Half of the residents fled the city.',
      [],
      [['Half of the residents', 0.5, 'fled']],
    ],
  ])('%s', (_, text, places, want) => {
    expect(shares(text, places)).toEqual(want);
  });
});
