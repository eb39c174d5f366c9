import { describe, expect, it } from 'vitest';
import { classifySnippet } from './classify-snippet.js';

describe('classifySnippet (ACLED sub-event labels)', () => {
  it.each([
    ['', 'Two suicide bombers blew themselves up at a market, killing nine.', 'SUIC_BOMB'],
    ['', 'A grenade was thrown at a police patrol, injuring three.', 'GRENADE'],
    ['', 'Government forces regained control of the town after heavy fighting.', 'GOV_REGAINS_TERIT'],
    ['', 'Police fired tear gas at protesters marching to parliament.', 'PROTEST_WITH_INTER'],
    ['', 'Thousands of protesters rallied peacefully in the capital.', 'PEACE_PROTEST'],
    ['', 'Warplanes carried out air strikes on the village.', 'AIR_STRIKE'],
    ['', 'A strong earthquake struck the island overnight.', 'NATURAL_DISASTER'],
    ['negative (fallback): ', 'The committee will meet again next week.', 'ARMED_CLASH'],
  ])('%s%s', (_negative, text, label) => {
    expect(classifySnippet(text, [])).toBe(label);
  });
});
