import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../model/date.js';
import { documentId } from '../../model/ids.js';
import { testLayers } from './test-layers.js';
import { timeStage } from './time-stage.js';

const run = (text: string, ref: string) =>
  timeStage
    .run(testLayers(text), {
      documentId: documentId('d1'),
      text,
      referenceDate: ref as IsoDate,
      referenceWindow: null,
    })
    .times.map((t) => [text.slice(t.span.start, t.span.end), t.type, t.value]);

const SAT = '2016-12-03';
const THU = '1989-10-26';

describe('timeStage TIMEX3 conventions (analyse.time@4)', () => {
  it.each([
    ['Profit fell a year ago.', SAT, 'a year ago', 'DATE', '2015'],
    ['They arrived two weeks ago.', SAT, 'two weeks ago', 'DATE', '2016-W46'],
    ['It happened three days ago.', SAT, 'three days ago', 'DATE', '2016-11-30'],
    ['Prices rose several years ago.', SAT, 'several years ago', 'DATE', 'PAST_REF'],
    ['Net income rose in the third quarter.', THU, 'the third quarter', 'DATE', '1989-Q3'],
    ['Third-quarter profit rose.', THU, 'Third-quarter', 'DATE', '1989-Q3'],
    ['Earnings in the quarter fell.', THU, 'the quarter', 'DATE', '1989-Q3'],
    ['Sales rose in fiscal 1989.', THU, 'fiscal 1989', 'DATE', '1989'],
    ['It was a year earlier in the quarter.', THU, 'a year earlier', 'DATE', '1988-Q3'],
    ['Aid arrived recently.', SAT, 'recently', 'DATE', 'PAST_REF'],
    ['Talks may resume in the future.', SAT, 'the future', 'DATE', 'FUTURE_REF'],
    ['The current crisis deepened.', SAT, 'current', 'DATE', 'PRESENT_REF'],
    ['Fighting eased last fall.', SAT, 'last fall', 'DATE', '2016-FA'],
    ['Fighting eased last fall.', THU, 'last fall', 'DATE', '1988-FA'],
    ['Sales in the 1990s grew.', SAT, '1990s', 'DATE', '199'],
    ['Shares rose 5% in 1987 trading.', SAT, '1987', 'DATE', '1987'],
    ['They fought for nearly two years.', SAT, 'nearly two years', 'DURATION', 'P2Y'],
    ['Profit rose in the first nine months.', SAT, 'the first nine months', 'DURATION', 'P9M'],
    ['The truce lasts the next two weeks.', SAT, 'the next two weeks', 'DURATION', 'P2W'],
    ['Many fled over the past week.', SAT, 'the past week', 'DURATION', 'P1W'],
    ['Aid comes in the coming months.', SAT, 'the coming months', 'DURATION', 'PXM'],
    ['It took two decades.', SAT, 'two decades', 'DURATION', 'P20Y'],
    ['They waited for years.', SAT, 'years', 'DURATION', 'PXY'],
    ['It took a few days.', SAT, 'a few days', 'DURATION', 'PXD'],
    ['Three days later they left.', SAT, 'Three days', 'DURATION', 'P3D'],
    ['Shelling resumed this morning.', SAT, 'this morning', 'TIME', '2016-12-03TMO'],
    ['Strikes continued tonight.', SAT, 'tonight', 'TIME', '2016-12-03TNI'],
    ['Rebels regrouped over the weekend.', '2016-12-05', 'over the weekend', 'DATE', '2016-W48-WE'],
    ['The vote closed at noon Wednesday.', SAT, 'noon Wednesday', 'TIME', '2016-11-30T12:00'],
    ['Polls closed at 10 pm Wednesday.', SAT, '10 pm Wednesday', 'TIME', '2016-11-30T22:00'],
    ['The council will meet on Tuesday.', SAT, 'Tuesday', 'DATE', '2016-12-06'],
    ['The vote will be held January 2.', THU, 'January 2', 'DATE', '1990-01-02'],
    ['The vote was held January 2.', THU, 'January 2', 'DATE', '1989-01-02'],
    ['Overnight, troops seized the district.', SAT, 'Overnight', 'TIME', '2016-12-02TNI'],
    ['He was arrested early January 6 near the border.', '2017-01-20', 'January 6', 'DATE', '2017-01-06'],
    ['Talks stalled in early March, officials said.', SAT, 'early March', 'DATE', '2016-03'],
    ['He left in late December 12 years ago.', SAT, 'late December', 'DATE', '2016-12'],
  ])('%s (ref %s) → %s %s %s', (sentence, ref, text, type, value) => {
    expect(run(sentence, ref)).toContainEqual([text, type, value]);
  });

  it.each([
    ['The stock rose 1.48 a share.'],
    ['Shares closed at 112 5/8 yesterday.'],
    ['Prices fell 3/8 in late trading.'],
    ['The company had 2000 employees.'],
    ['He paid $1990 for it.'],
    ['Leaves fall in the wind.'],
    ['After the fall of Aleppo they fled.'],
    ['A quarter of the city was destroyed.'],
    ['They control three-quarters of the district.'],
    ['The day before the vote they met.'],
  ])('no time in %s', (sentence) => {
    expect(run(sentence, THU).filter(([text]) => text !== 'yesterday')).toEqual([]);
  });

  it.each([
    ['He was arrested early January 6 near the border.', [['January 6', 'DATE', '2017-01-06']]],
    [
      'He left in late December 12 years ago.',
      [
        ['late December', 'DATE', '2016-12'],
        ['12 years ago', 'DATE', '2005'],
      ],
    ],
  ])('a day number after "early <month>" makes it a day: %s', (sentence, want) => {
    expect(run(sentence, '2017-01-20')).toEqual(want);
  });
});
