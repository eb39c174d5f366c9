import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../model/date.js';
import { documentId } from '../../model/ids.js';
import { testLayers } from './test-layers.js';
import { timeStage } from './time-stage.js';

const run = (text: string, ref: string | null) =>
  timeStage
    .run(testLayers(text), {
      documentId: documentId('d1'),
      text,
      referenceDate: ref as IsoDate | null,
      referenceWindow: null,
    })
    .times.map((t) => ({
      text: text.slice(t.span.start, t.span.end),
      type: t.type,
      value: t.value,
      range: t.range ? `${t.range.start}..${t.range.end}/${t.range.precision}` : null,
      relation: t.relation,
    }));

const SAT = '2016-12-03';

describe('timeStage', () => {
  it.each([
    [
      'Syria army advanced Saturday in a devastating assault.',
      SAT,
      'Saturday',
      'DATE',
      '2016-12-03',
      '2016-12-03..2016-12-03/day',
      'at',
    ],
    [
      'On Friday, the insurgents rolled back some gains.',
      SAT,
      'Friday',
      'DATE',
      '2016-12-02',
      '2016-12-02..2016-12-02/day',
      'at',
    ],
    [
      'They met last Saturday.',
      SAT,
      'last Saturday',
      'DATE',
      '2016-11-26',
      '2016-11-26..2016-11-26/day',
      'at',
    ],
    [
      'Talks resume next Monday.',
      SAT,
      'next Monday',
      'DATE',
      '2016-12-05',
      '2016-12-05..2016-12-05/day',
      'at',
    ],
    [
      'Fighting raged on Friday night.',
      SAT,
      'Friday night',
      'TIME',
      '2016-12-02TNI',
      '2016-12-02..2016-12-02/day',
      'at',
    ],
    [
      'Forces pushed into Hanano on Saturday (26 November), officials said.',
      '2016-11-28',
      'Saturday (26 November)',
      'DATE',
      '2016-11-26',
      '2016-11-26..2016-11-26/day',
      'at',
    ],
    [
      'Overnight, troops seized the district.',
      SAT,
      'Overnight',
      'TIME',
      '2016-12-02TNI',
      '2016-12-02..2016-12-03/day',
      'at',
    ],
    [
      'Fighting had raged a day earlier.',
      SAT,
      'a day earlier',
      'DATE',
      '2016-12-02',
      '2016-12-02..2016-12-02/day',
      'at',
    ],
    [
      'Civilians fled after the offensive began in mid-November.',
      SAT,
      'mid-November',
      'DATE',
      '2016-11',
      '2016-11-11..2016-11-20/month',
      'at',
    ],
    [
      'Rebels seized the east in mid-2012.',
      SAT,
      'mid-2012',
      'DATE',
      '2012',
      '2012-05-01..2012-08-31/year',
      'at',
    ],
    [
      'The plan dates from late March 2011.',
      SAT,
      'late March 2011',
      'DATE',
      '2011-03',
      '2011-03-21..2011-03-31/month',
      'since',
    ],
    [
      'Supplies ran short in recent days.',
      SAT,
      'recent days',
      'DURATION',
      'PXD',
      '2016-11-26..2016-12-03/day',
      'during',
    ],
    [
      'Supplies ran short in recent weeks.',
      SAT,
      'recent weeks',
      'DURATION',
      'PXW',
      '2016-11-05..2016-12-03/week',
      'during',
    ],
    ['Assad has closed in this year.', SAT, 'this year', 'DATE', '2016', '2016-01-01..2016-12-31/year', 'at'],
    [
      'The town fell earlier this year.',
      SAT,
      'earlier this year',
      'DATE',
      '2016',
      '2016-01-01..2016-12-03/year',
      'at',
    ],
    ['The town fell last week.', SAT, 'last week', 'DATE', '2016-W47', '2016-11-21..2016-11-27/week', 'at'],
    [
      'An assault began in September.',
      SAT,
      'September',
      'DATE',
      '2016-09',
      '2016-09-01..2016-09-30/month',
      'at',
    ],
    ['Talks are due in January.', SAT, 'January', 'DATE', '2017-01', '2017-01-01..2017-01-31/month', 'at'],
    [
      'Protests began in March 2011.',
      SAT,
      'March 2011',
      'DATE',
      '2011-03',
      '2011-03-01..2011-03-31/month',
      'at',
    ],
    [
      'Around 310 civilians have been killed since November 15.',
      SAT,
      'November 15',
      'DATE',
      '2016-11-15',
      '2016-11-15..2016-11-15/day',
      'since',
    ],
    [
      'The east has been held by rebels since 2012.',
      SAT,
      '2012',
      'DATE',
      '2012',
      '2012-01-01..2012-12-31/year',
      'since',
    ],
    [
      'Killed since the conflict erupted in March 2011.',
      SAT,
      'March 2011',
      'DATE',
      '2011-03',
      '2011-03-01..2011-03-31/month',
      'since',
    ],
    [
      'The blockade lasted until Friday.',
      SAT,
      'Friday',
      'DATE',
      '2016-12-02',
      '2016-12-02..2016-12-02/day',
      'until',
    ],
    [
      'Prices rose over the past five years.',
      SAT,
      'the past five years',
      'DURATION',
      'P5Y',
      '2011-12-03..2016-12-03/year',
      'during',
    ],
    ['It is the more than five-year war.', SAT, 'five-year', 'DURATION', 'P5Y', null, 'during'],
    ['Convoys cross every day.', SAT, 'every day', 'SET', 'P1D', null, 'during'],
    [
      'The army now controls the city.',
      SAT,
      'now',
      'DATE',
      'PRESENT_REF',
      '2016-12-03..2016-12-03/day',
      'at',
    ],
    [
      'The army currently controls the city.',
      SAT,
      'currently',
      'DATE',
      'PRESENT_REF',
      '2016-12-03..2016-12-03/day',
      'at',
    ],
    [
      'Shelling started at 10:30 am.',
      SAT,
      '10:30 am',
      'TIME',
      '2016-12-03T10:30',
      '2016-12-03..2016-12-03/day',
      'at',
    ],
    ['The battle lasted for three weeks.', SAT, 'three weeks', 'DURATION', 'P3W', null, 'during'],
    // Without a reference date: values keep X's; ranges only where the text gives the year.
    ['On Friday, rebels pulled back.', null, 'Friday', 'DATE', 'XXXX-WXX-5', null, 'at'],
    ['Around 310 were killed since November 15.', null, 'November 15', 'DATE', 'XXXX-11-15', null, 'since'],
    ['Overnight, troops seized the district.', null, 'Overnight', 'TIME', 'XXXX-XX-XXTNI', null, 'at'],
    ['Fighting had raged a day earlier.', null, 'a day earlier', 'DATE', 'XXXX-XX-XX', null, 'at'],
    [
      'Protests began in March 2011.',
      null,
      'March 2011',
      'DATE',
      '2011-03',
      '2011-03-01..2011-03-31/month',
      'at',
    ],
  ])('%s (ref %s) → %s', (sentence, ref, text, type, value, range, relation) => {
    expect(run(sentence, ref)).toContainEqual({ text, type, value, range, relation });
  });

  it('gives every mention evidence with its producer and a rule', () => {
    const text = 'On Friday, rebels pulled back.';
    const [t] = timeStage.run(testLayers(text), {
      documentId: documentId('d1'),
      text,
      referenceDate: SAT as IsoDate,
      referenceWindow: null,
    }).times;
    expect(t?.id).toBe('d1:t1');
    expect(t?.evidence).toEqual({
      documentId: 'd1',
      span: { start: 3, end: 9 },
      producer: 'analyse.time@3',
      rule: 'weekday',
      confidence: 0.85,
    });
  });
});
