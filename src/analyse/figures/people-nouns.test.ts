import { describe, expect, it } from 'vitest';
import { runFigures } from './run-figures.js';

const pick = (text: string) =>
  runFigures(text, '2016-12-03').figures.map((f) => [
    text.slice(f.span.start, f.span.end),
    f.unit,
    f.measure,
  ]);

describe('figuresStage people nouns (analyse.figures@10)', () => {
  it.each([
    ['The strikes killed 19 Palestinians.', '19 Palestinians', 'people', 'killed'],
    ['Two more soldiers were killed along with three attackers.', 'three attackers', 'people', 'killed'],
    ['Three fellow employees were killed at the plant.', 'Three fellow employees', 'people', 'killed'],
    ['The blast injured more than 200 others.', 'more than 200 others', 'people', 'injured'],
    ['Five Palestinians were killed overnight.', 'Five Palestinians', 'people', 'killed'],
    ['Three Israeli civilians were killed.', 'Three Israeli civilians', 'people', 'killed'],
    ['Fifty-six Israeli soldiers died.', 'Fifty-six Israeli soldiers', 'people', 'killed'],
    ['Three Border Police officers were hurt.', 'Three Border Police officers', 'people', 'injured'],
    ['Police hold the four alleged kidnappers.', 'four alleged kidnappers', 'people', 'other'],
    ['The gang murdered up to 12 travellers.', 'up to 12 travellers', 'count', 'other'],
    ['The gang murdered up to 12 people.', 'up to 12 people', 'people', 'killed'],
    ['Police apprehended three robbers.', 'three robbers', 'people', 'arrested'],
  ])('%s → %s %s %s', (sentence, text, unit, measure) => {
    expect(pick(sentence)).toContainEqual([text, unit, measure]);
  });

  it.each([
    ['Lizandra Cosme, 32, faces charges.'],
    ['It was one of the worst attacks.'],
    ['He joined the Fourth Division.'],
    ['Five Guys workers went on strike.'],
    ['Three Kings Day crowds were killed.'],
    ['Exiles live in several different countries.'],
  ])('no people figure in %s', (sentence) => {
    expect(pick(sentence).filter(([, unit]) => unit === 'people')).toEqual([]);
  });
});
