import { describe, expect, it } from 'vitest';
import { gazetteerEntry, lookupPlace } from './lookup-place.js';
import { normalizePlaceName, placeNameKeys } from './normalize-place-name.js';

describe('normalizePlaceName / placeNameKeys', () => {
  it.each([
    ['Tall Rif‘at', 'tall rifat'],
    ['Ḩarastā', 'harasta'],
    ['Deir ez-Zor', 'deir ez zor'],
    ['Al-Bab', 'al bab'],
  ])('%s → %s', (name, norm) => expect(normalizePlaceName(name)).toBe(norm));

  it.each([
    ['Tariq al-Bab', ['tariq al bab', 'tariq bab']],
    ['Ar Raqqah', ['ar raqqah', 'raqqah', 'ar raqqa', 'raqqa']],
    ['al', ['al']],
  ])('keys of %s', (name, keys) => expect(placeNameKeys(name)).toEqual(keys));
});

describe('lookupPlace', () => {
  it.each([
    ['Aleppo', 'geonames:170063'],
    ['Syria', 'iso:SY'],
    ['Syrian Arab Republic', 'iso:SY'],
    ['Raqqa', 'geonames:172955'],
    ['Hanano', 'curated:aleppo/hanano'],
    ['al-Sakhur', 'curated:aleppo/sakhour'],
    ['Sakhour', 'curated:aleppo/sakhour'],
    ['Aleppo airport', 'curated:aleppo/airport'],
    ['Idlib', 'admin1:SY.12'],
    ['Ḩarastā', 'geonames:169897'],
    ['Harasta', 'geonames:169897'],
  ])('%s includes %s', (name, id) => {
    expect(lookupPlace(name).map((e) => e.id)).toContain(id);
  });

  it.each([['Observatory'], ['Mogherini'], [''], ['xyzzyville']])('%s → nothing', (name) => {
    expect(lookupPlace(name)).toEqual([]);
  });

  it('files Paris under France and the US towns', () => {
    const countries = new Set(lookupPlace('Paris').map((e) => e.country));
    expect(countries.has('FR') && countries.has('US')).toBe(true);
  });

  it('gives a curated district its city', () => {
    const e = gazetteerEntry('curated:aleppo/hanano');
    expect(e?.within).toBe('geonames:170063');
    expect(e?.precision).toBe('district');
    expect(gazetteerEntry('geonames:0')).toBeNull();
  });
});
