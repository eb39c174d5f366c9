import { describe, expect, it } from 'vitest';
import { isAccidentalPlaceName, placeCandidates } from './place-candidates.js';

const ids = (name: string) => placeCandidates(name).map((e) => e.id);

describe('placeCandidates', () => {
  it.each([
    // Demonyms and their plurals stand for their place, not a town of that name.
    ['Turkish', ['iso:TR']],
    ['Palestinians', ['iso:PS']],
    ['Czechs', ['iso:CZ']],
    ['South Ossetian', ['region:south-ossetia']],
    ['Californians', ['admin1:US.CA']],
    // Aliases and wide regions.
    ['DPRK', ['iso:KP']],
    ['Holy See', ['iso:VA']],
    ['Middle East', ['region:middle-east']],
    ['EU', ['continent:europe']],
    // A leading "Republic of", a kind word at the end.
    ['Republic of Armenia', ['iso:AM']],
    ['Sokoto State', ['admin1:NG.51']],
  ])('%s → %j', (name, expected) => expect(ids(name)).toEqual(expected));

  it.each([
    // A possessive, a direction word before a name.
    ["Canada's", 'iso:CA'],
    ['South Venezuela', 'iso:VE'],
    ['Northern Syria', 'iso:SY'],
  ])('%s includes %s', (name, id) => expect(ids(name)).toContain(id));

  it.each([['West'], ['Western'], ['State'], ['CHU'], ['Zorblatt'], ['']])('%s → nothing', (name) => {
    expect(placeCandidates(name)).toEqual([]);
  });

  it('keeps aliases written in capitals', () => {
    expect(ids('DC')).toContain('geonames:4140963');
    expect(ids('UK')).toEqual(['iso:GB']);
  });

  it('knows the words that name a place only by accident', () => {
    expect([isAccidentalPlaceName('West'), isAccidentalPlaceName('Westport')]).toEqual([true, false]);
  });
});
