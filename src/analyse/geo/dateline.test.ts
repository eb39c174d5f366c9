import { describe, expect, it } from 'vitest';
import { isDateline } from './dateline.js';

/** Whether the [bracketed] name of a text is a dateline's place. */
const dateline = (marked: string): boolean => {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return isDateline(marked.replace('[', '').replace(']', ''), start, end);
};

describe('isDateline', () => {
  it.each([
    ['[WASHINGTON] (AP) — President Trump said', true],
    ['[WASHINGTON]—President Trump said', true],
    ['[CAMP MURRAY], Wash. - Lt. Col. Ricky Thomas', true],
    ['[LOUISVILLE], KY--(Marketwire - December 23)', true],
    ['Budget approved. [FALLS VILLAGE]—The Region 1 Board', true],
    ['By Nate Raymond. [BOSTON] (Reuters) - The owner', true],
    ['([NEW YORK]) — Police officers responding', true],
    ['[Washington] (CNN)\nExxonMobil Chairman', true],
    ['[Hanoi] (VNA) – Vietnam always supports', true],
    ['[SEOUL], South Korea (CNN) - A South Korean', true],
    // The region after the town, acronyms, compounds and abbreviations in brackets are no datelines.
    ['LONDON, [Ky.] (WKYT) - London Police', false],
    ['the [UK]-bashing Robert Mugabe', false],
    ['the [DPRK]-South Korea summit', false],
    ['The 10th [Muscat] International Film Festival (MIFF) came', false],
    ['Workers in [Nagpur] (MH) - a report', false],
    ['He flew to [Boston] — then home.', false],
  ])('%s → %s', (text, expected) => expect(dateline(text)).toBe(expected));
});
