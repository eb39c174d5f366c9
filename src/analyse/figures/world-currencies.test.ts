import { describe, expect, it } from 'vitest';
import { runFigures } from './run-figures.js';

/** Every figure of `text` as [span, value, unit, what]. */
const money = (text: string) =>
  runFigures(text, '2016-12-03').figures.map((f) => [
    text.slice(f.span.start, f.span.end),
    f.value,
    f.unit,
    f.what,
  ]);

describe('figuresStage: the world’s currencies are money, and say which currency they are', () => {
  it.each([
    ['francs', 'Fuel cost 41,300 francs a drum.', [['41,300 francs', 41300, 'other', 'francs']]],
    ['CFA francs', 'He earns 9,000 CFA francs a week.', [['9,000 CFA francs', 9000, 'other', 'cfa francs']]],
    ['a CFA code before', 'A sack costs FCFA 12,500.', [['FCFA 12,500', 12500, 'other', 'cfa franc']]],
    ['naira', 'Bread now sells for 450 naira.', [['450 naira', 450, 'other', 'naira']]],
    ['a naira sign', 'Traders paid ₦700 for a bag.', [['₦700', 700, 'other', 'naira']]],
    ['shillings', 'Rent rose to 3 million shillings.', [['3 million shillings', 3e6, 'other', 'shillings']]],
    ['a shilling code', 'A ride costs KSh 150.', [['KSh 150', 150, 'other', 'kenyan shilling']]],
    ['rand', 'The fine was 2,000 rand.', [['2,000 rand', 2000, 'other', 'rand']]],
    ['dirhams', 'He was paid 800 dirhams.', [['800 dirhams', 800, 'other', 'dirhams']]],
    ['hryvnias', 'Pensions are 3,100 hryvnias.', [['3,100 hryvnias', 3100, 'other', 'hryvnias']]],
    ['cedis', 'The levy is 60 cedis.', [['60 cedis', 60, 'other', 'cedis']]],
    ['a euro sign names the euro', 'It cost €40.', [['€40', 40, 'other', 'euro']]],
    ['US dollars name no currency', 'It cost $40.', [['$40', 40, 'usd', null]]],
    [
      'negative: a weight in pounds',
      'The baby weighed 7.5 pounds.',
      [['7.5 pounds', 7.5, 'count', 'pounds']],
    ],
    [
      'negative: crowns are no currency here',
      'The champion won 3 crowns.',
      [['3 crowns', 3, 'count', 'crowns']],
    ],
  ])('%s', (_, text, want) => {
    expect(money(text)).toEqual(want);
  });

  it('a sum in parentheses in another currency restates the first', () => {
    const text = 'The meter ran past 41,300 francs (around $82) before noon.';
    const { figures } = runFigures(text, '2016-12-03');
    expect(figures.map((f) => [text.slice(f.span.start, f.span.end), f.restates === figures[0]?.id])).toEqual(
      [
        ['41,300 francs', false],
        ['around $82', true],
      ],
    );
  });
});
