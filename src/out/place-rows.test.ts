import { describe, expect, it } from 'vitest';
import type { PictureEntity } from '../model/picture.js';
import { notAPlaceName, placeRows } from './place-rows.js';

const entity = (
  name: string,
  type: PictureEntity['type'] = 'place',
  geo: PictureEntity['geo'] = null,
): PictureEntity => ({ id: name, name, type, aliases: [], mentions: [], geo });

const located = (gazetteerId: string): PictureEntity['geo'] => ({
  lat: 12.5,
  lon: -3.25,
  precision: 'country',
  gazetteerId,
});

describe('notAPlaceName', () => {
  it.each<[string, PictureEntity['geo'], boolean]>([
    ['Malian', null, true],
    ['English', null, true],
    ['Arab', null, true],
    ['Russian', null, true],
    ['Middle Eastern', null, true],
    ['middle  eastern', null, true],
    ['Canadian', null, true],
    ['Russians', null, true],
    ['Englishmen', null, true],
    ['Tuareg', null, true],
    ['North', null, true],
    ['Southwest', null, true],
    ['South-West', null, true],
    ['north east', null, true],
    // negatives: a resolved place is always kept, an unresolved real name is kept
    ['Malian', located('iso:ML'), false],
    ['North', located('admin1:XX.01'), false],
    ['Dealey Plaza', null, false],
    ['County Louth', null, false],
    ['North Harbour', null, false],
    ['Malian Border', null, false],
    ['Northern', null, false],
    ['Paris', null, false],
  ])('%s (geo %o) → %s', (name, geo, expected) => {
    expect(notAPlaceName({ name, geo })).toBe(expected);
  });
});

describe('placeRows', () => {
  it('lists places and located entities, less unresolved demonyms and compass words', () => {
    const entities = [
      entity('Malian'),
      entity('Dealey Plaza'),
      entity('Canadian', 'place', located('iso:CA')),
      entity('Southwest'),
      entity('County Louth'),
      entity('Middle Eastern'),
      entity('Harbour Board', 'organization', located('city:harbour')),
      entity('Jo Bloggs', 'person'),
      entity('Russian', 'other'),
    ];
    expect(placeRows({ entities })).toEqual([
      { name: 'Dealey Plaza', precision: 'unresolved', lat: '—', lon: '—', gazetteerId: '—' },
      { name: 'Canadian', precision: 'country', lat: '12.5000', lon: '-3.2500', gazetteerId: 'iso:CA' },
      { name: 'County Louth', precision: 'unresolved', lat: '—', lon: '—', gazetteerId: '—' },
      {
        name: 'Harbour Board',
        precision: 'country',
        lat: '12.5000',
        lon: '-3.2500',
        gazetteerId: 'city:harbour',
      },
    ]);
  });

  it('is empty when every place is an unresolved demonym or compass word', () => {
    expect(placeRows({ entities: [entity('Arab'), entity('North'), entity('English')] })).toEqual([]);
  });
});
