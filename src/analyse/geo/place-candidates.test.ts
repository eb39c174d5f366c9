import { describe, expect, it } from 'vitest';
import { bareNameAreas, isAccidentalPlaceName, isDemonymName, placeCandidates } from './place-candidates.js';

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
    // England is the constituent country (as GeoNames-based gold places it), "English" its demonym.
    ['English', ['admin1:GB.ENG']],
    ['Sicilian', ['admin1:IT.15']],
    ['Siberian', ['region:siberia']],
    ['Serb', ['iso:RS']],
    ["Democratic People's Republic of Korea", ['iso:KP']],
    ['U.S. Virgin Islands', ['iso:VI']],
    ['Nile Delta', ['region:nile-delta']],
    ['Appalachians', ['region:appalachians']],
    // A town's alternate name (GeoNames cities500): Echmiadzin is Vagharshapat.
    ['Echmiadzin', ['geonames:616062']],
    // An abbreviation shared by several places, each a candidate; no town or county.
    ['SA', ['iso:ZA', 'iso:SA', 'admin1:AU.05']],
    ['DRC', ['iso:CD']],
    ['NSW', ['admin1:AU.02']],
    ['ACT', ['admin1:AU.01']],
    // Landmarks and institutions whose names hold no place stand for their town (Windsor, Berkshire; Ithaca).
    ['Windsor Castle', ['geonames:2633842']],
    ['Cornell University', ['geonames:5122432']],
    ['NZ', ['iso:NZ']],
    // Combining forms ("Austro-Hungarian") and "Arab" are adjectives of place, not Arab, Alabama.
    ['Austro', ['iso:AT']],
    ['Sino', ['iso:CN']],
    ['Arab', ['region:middle-east']],
    ['Latin', ['region:latin-america']],
    // Wider regions news names.
    ['Darfur', ['region:darfur']],
    // A direction before a continent: not Mahdia, Tunisia, which was once called Africa.
    // Parts of a continent news names, and major natural features.
    ['West Africa', ['region:west-africa']],
    ['Azawad', ['region:azawad']],
    ['Sahara', ['feature:sahara']],
    ['the Sahara', ['feature:sahara']],
    ['Sahara Desert', ['feature:sahara']],
    ['Euphrates River', ['feature:euphrates']],
    ['Hindu Kush', ['feature:hindu-kush']],
    ['Urals', ['feature:urals']],
    // A bare name more often something else is filed only in its long form.
    ['Amazon', []],
    ['Amazon River', ['feature:amazon-river']],
    // Peoples, faiths and religious law are no places.
    ['Tuareg', []],
    ['Sharia', []],
    ['Christian', []],
    // A lone holiday is the day (Christmas, Florida).
    ['Christmas', []],
    ['Thanksgiving', []],
  ])('%s → %j', (name, expected) => expect(ids(name)).toEqual(expected));

  it.each([
    // A possessive, a direction word before a name.
    ["Canada's", 'iso:CA'],
    ['South Venezuela', 'iso:VE'],
    ['Northern Syria', 'iso:SY'],
    ['Caspian', 'region:caspian-sea'],
  ])('%s includes %s', (name, id) => expect(ids(name)).toContain(id));

  it.each([
    ['West'],
    ['Western'],
    ['State'],
    ['CHU'],
    ['Zorblatt'],
    [''],
    // A direction before a village's name is not that village (Wing, Buckinghamshire).
    ['West Wing'],
    // An abbreviation that is a word in other cases names its place only in capitals.
    ['Act'],
    // A square is a town's only by the town's own name: not Franklin Square, New York, once Washington Square.
    ['Washington Square'],
  ])('%s → nothing', (name) => {
    expect(placeCandidates(name)).toEqual([]);
  });

  it('finds a town whose own name ends in a word for a square', () => {
    expect(ids('Franklin Square')).toContain('geonames:5117891');
  });

  it('keeps aliases written in capitals', () => {
    expect(ids('DC')).toContain('geonames:4140963');
    expect(ids('UK')).toEqual(['iso:GB']);
  });

  it('prefers towns bearing the name itself to smaller towns that bore it once', () => {
    // Wakefield, Massachusetts was once called Reading; Reading, Berkshire is far larger.
    expect(ids('Reading')).toContain('geonames:2639577');
    expect(ids('Reading')).not.toContain('geonames:4954265');
    // Mumbai, once Bombay, dwarfs the village of Bombay, New York: both stay.
    expect(ids('Bombay')).toEqual(['geonames:1275339', 'geonames:2193111']);
    expect(ids('England')).toContain('admin1:GB.ENG');
    expect(ids('England')).not.toContain('iso:GB');
  });

  it('does not take "Columbia" for Washington, D.C.', () => {
    expect(ids('Columbia')).toContain('geonames:4575352');
    expect(ids('Columbia')).not.toContain('admin1:US.DC');
    expect(ids('District of Columbia')).toEqual(['admin1:US.DC']);
  });

  it('knows the words that name a place only by accident', () => {
    expect([isAccidentalPlaceName('West'), isAccidentalPlaceName('Westport')]).toEqual([true, false]);
  });

  it.each([
    // An area of no fixed level: the regions of its bare name (Jordan's governorate, Pakistan's district).
    ['Karak district', ['admin1:JO.09', 'admin2:PK.03.7419047']],
    ['Karak area', ['admin1:JO.09', 'admin2:PK.03.7419047']],
    // No kind word, or a kind word of a fixed level.
    ['Karak', []],
    ['Suffolk County', []],
    ['Colorado State University', []],
  ])('bareNameAreas(%s) → %j', (name, expected) => {
    expect(bareNameAreas(name).map((e) => e.id)).toEqual(expected);
  });
});

describe('isDemonymName', () => {
  it.each([
    ['Canadian', true],
    ['Turkish', true],
    ['Palestinians', true],
    ['European', true],
    // negatives: a place's own name, even one a demonym stands for, and plain names
    ['Caribbean', false],
    ['Canada', false],
    ['Kabul', false],
    ['Heart', false],
  ])('%s → %s', (name, demonym) => expect(isDemonymName(name)).toBe(demonym));
});
