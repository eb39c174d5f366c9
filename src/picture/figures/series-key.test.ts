import { describe, expect, it } from 'vitest';
import { seriesKey, whatClass } from './series-key.js';

describe('whatClass', () => {
  it.each([
    ['killed', 'civilians', 'people'],
    ['killed', 'Residents', 'people'],
    ['fled', 'children', 'children'],
    ['killed', 'pilots', 'pilots'],
    ['killed', null, '-'],
    ['share_controlled', 'parts', 'territory'],
  ])('%s %s → %s', (measure, what, expected) => {
    expect(whatClass(measure, what)).toBe(expected);
  });
});

describe('seriesKey', () => {
  it.each([
    ['killed', 'civilians', 's1/e:aleppo', 'people', 'killed|people|s1/e:aleppo|people'],
    ['killed', 'people', 's1/e:aleppo', 'people', 'killed|people|s1/e:aleppo|people'],
    ['killed', 'children', 's1/e:aleppo', 'people', 'killed|children|s1/e:aleppo|people'],
    ['killed', 'civilians', 's1/e:mosul', 'people', 'killed|people|s1/e:mosul|people'],
    ['share_controlled', null, null, 'share', 'share_controlled|territory|-|share'],
  ])('%s %s %s %s', (measure, what, place, unit, expected) => {
    expect(seriesKey(measure, what, place, unit)).toBe(expected);
  });
});
