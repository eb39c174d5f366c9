import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../model/entity-mention.js';
import type { MentionId } from '../../model/ids.js';
import { runFigures } from './run-figures.js';

const REF = '2016-12-03';
const pick = (text: string) =>
  runFigures(text, REF).figures.map((f) => ({
    text: text.slice(f.span.start, f.span.end),
    value: f.value,
    low: f.low,
    high: f.high,
    unit: f.unit,
    approximate: f.approximate,
    what: f.what,
    measure: f.measure,
  }));

describe('figuresStage', () => {
  it.each([
    [
      'Around 310 civilians have been killed.',
      'Around 310 civilians',
      310,
      null,
      null,
      'people',
      true,
      'civilians',
      'killed',
    ],
    [
      'At least 69 civilians have been killed.',
      'At least 69 civilians',
      null,
      69,
      null,
      'people',
      false,
      'civilians',
      'killed',
    ],
    [
      'The fighting forced more than 50,000 people to leave.',
      'more than 50,000 people',
      null,
      50000,
      null,
      'people',
      false,
      'people',
      'fled',
    ],
    [
      'Nearly 1.5 million people were displaced.',
      'Nearly 1.5 million people',
      null,
      null,
      1500000,
      'people',
      true,
      'people',
      'displaced',
    ],
    ['Donors pledged $5 million in aid.', '$5 million', 5000000, null, null, 'usd', false, null, 'other'],
    ['Three people were wounded.', 'Three people', 3, null, null, 'people', false, 'people', 'injured'],
    [
      'Rebels brought down a plane, killing both pilots.',
      'both pilots',
      2,
      null,
      null,
      'people',
      false,
      'pilots',
      'killed',
    ],
    [
      'Up to 40 fighters were arrested.',
      'Up to 40 fighters',
      null,
      null,
      40,
      'people',
      false,
      'fighters',
      'arrested',
    ],
    [
      'Some 200 residents were evacuated.',
      'Some 200 residents',
      200,
      null,
      null,
      'people',
      true,
      'residents',
      'evacuated',
    ],
    [
      'An estimated 1,200 people are missing.',
      'An estimated 1,200 people',
      1200,
      null,
      null,
      'people',
      true,
      'people',
      'missing',
    ],
    [
      'Tens of thousands of civilians have fled.',
      'Tens of thousands of civilians',
      null,
      20000,
      99999,
      'people',
      true,
      'civilians',
      'fled',
    ],
    [
      'Hundreds of troops arrived in the city.',
      'Hundreds of troops',
      null,
      200,
      999,
      'people',
      true,
      'troops',
      'troops',
    ],
    ['Dozens of children died.', 'Dozens of children', null, 24, 99, 'people', true, 'children', 'killed'],
    [
      'Several hundred people were arrested.',
      'Several hundred people',
      null,
      300,
      900,
      'people',
      true,
      'people',
      'arrested',
    ],
    ['Only a handful were killed.', 'a handful', null, 2, 6, 'people', true, null, 'killed'],
    [
      'The army recaptured around 60 percent of the east.',
      'around 60 percent of the east',
      0.6,
      null,
      null,
      'share',
      true,
      'east',
      'share_controlled',
    ],
    [
      'Rebels hold 40% of the city.',
      '40% of the city',
      0.4,
      null,
      null,
      'share',
      false,
      'city',
      'share_controlled',
    ],
    [
      'The army controls more than half the city.',
      'more than half the city',
      null,
      0.5,
      null,
      'share',
      false,
      'city',
      'share_controlled',
    ],
    [
      'Forces took two-thirds of the district.',
      'two-thirds of the district',
      0.6667,
      null,
      null,
      'share',
      false,
      'district',
      'share_controlled',
    ],
    [
      'Over half the population has been displaced.',
      'Over half the population',
      null,
      0.5,
      null,
      'share',
      false,
      'population',
      'displaced',
    ],
    [
      'Troops now control 20 square kilometres.',
      '20 square kilometres',
      20,
      null,
      null,
      'km2',
      false,
      null,
      'area_controlled',
    ],
    ['The enclave covers a total 45 km².', '45 km²', 45, null, null, 'km2', false, null, 'area_total'],
    [
      'Rebels hold 8 square miles.',
      '8 square miles',
      20.72,
      null,
      null,
      'km2',
      false,
      null,
      'area_controlled',
    ],
    ['The convoy of 12 trucks waited.', '12 trucks', 12, null, null, 'count', false, 'trucks', 'other'],
  ])('%s → %s', (sentence, text, value, low, high, unit, approximate, what, measure) => {
    expect(pick(sentence)).toContainEqual({ text, value, low, high, unit, approximate, what, measure });
  });

  it.each([
    ['Rebels seized the east in 2011.'],
    ['The east has been held by rebels since 2012.'],
    ['A boy aged 12 was hurt.'],
    ['A 12-year-old was hurt.'],
    ['He came first and she was 4th.'],
    ['It was one of the worst days.'],
    ['Fourth Division troops arrived.'],
    ['Call 555-1234 for details.'],
    ['Shelling started at 10:30 am.'],
    ['See page 5 and article 3.'],
    ['Vision is 20/20.'],
    ['The battle lasted for three weeks.'],
    ['Fighting continued in a third.'],
    ['Both Damascus and Moscow accused rebels.'],
    ['Four Seasons staff walked out.'],
    ['The 1984 vote was close.'],
    ['It is the more than five-year war.'],
  ])('no figure in %s', (sentence) => {
    expect(pick(sentence)).toEqual([]);
  });

  it('links "of them" to the figure it is part of, and the counted noun after "are"', () => {
    const text = 'The fighting forced more than 50,000 people to leave. Nearly 20,000 of them are children.';
    const [whole, part] = runFigures(text, REF).figures;
    expect(part).toMatchObject({ partOf: whole?.id, what: 'children', high: 20000, measure: 'fled' });
  });

  it('links a part to "the total" and takes the clause time and place', () => {
    const text =
      'Since Friday, troops control 20 square kilometres of the total 45 square kilometres of Aleppo.';
    const at = text.indexOf('Aleppo');
    const place: EntityMention = {
      id: 'd1:e1' as MentionId,
      span: { start: at, end: at + 6 },
      type: 'place',
      key: 'aleppo',
      name: 'Aleppo',
      anaphoric: false,
      evidence: {
        documentId: 'd1' as never,
        span: { start: at, end: at + 6 },
        producer: 'analyse.entities@1',
        rule: 't',
        confidence: 1,
      },
    };
    const { figures, times } = runFigures(text, REF, [place]);
    const [part, total] = figures;
    expect(part).toMatchObject({
      partOf: total?.id,
      measure: 'area_controlled',
      timeId: times[0]?.id,
      placeId: 'd1:e1',
    });
    expect(total).toMatchObject({ partOf: null, measure: 'area_total' });
  });
});
