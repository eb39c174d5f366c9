import { describe, expect, it } from 'vitest';
import { countryCapital, gazetteerEntry, lookupPlace } from './lookup-place.js';
import { normalizePlaceName, placeNameKeys } from './normalize-place-name.js';

describe('normalizePlaceName / placeNameKeys', () => {
  it.each([
    ['Tall Rif‘at', 'tall rifat'],
    ['Ḩarastā', 'harasta'],
    ['Deir ez-Zor', 'deir ez zor'],
    ['Al-Bab', 'al bab'],
    ['St. Paul', 'saint paul'],
    ['Mt. Pleasant', 'mount pleasant'],
    ['Main St.', 'main st'],
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
    ['Laurel County', 'admin2:US.KY.125'],
    ['Ky.', 'admin1:US.KY'],
    ['Queensland', 'admin1:AU.04'],
    ['Saint Paul', 'geonames:5045360'],
    ['St. Paul', 'geonames:5045360'],
    ['Atlantic', 'region:atlantic'],
    // Towns and sections of cities of 500 or more people, with alternate names (GeoNames cities500).
    ['Kilburn', 'geonames:6690572'],
    ['Valdai', 'geonames:477301'],
    ['Vatican', 'iso:VA'],
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

  it('places regions at the middle of their towns, or at their GeoNames point where the towns crowd', () => {
    const near = (id: string, lat: number, lon: number) => {
      const e = gazetteerEntry(id);
      return e !== null && Math.abs(e.lat - lat) < 1 && Math.abs(e.lon - lon) < 1;
    };
    expect([near('admin1:US.TX', 31, -100), near('admin1:CA.08', 49.25, -84.5)]).toEqual([true, true]);
    expect(gazetteerEntry('admin2:US.KY.125')?.region).toBe('admin1:US.KY');
  });

  it('gives a curated district its city', () => {
    const e = gazetteerEntry('curated:aleppo/hanano');
    expect(e?.within).toBe('geonames:170063');
    expect(e?.precision).toBe('district');
    expect(gazetteerEntry('geonames:0')).toBeNull();
  });

  it('names a country by its common short name, and knows its capital', () => {
    expect([gazetteerEntry('iso:CN')?.name, gazetteerEntry('iso:AM')?.name]).toEqual(['China', 'Armenia']);
    expect(countryCapital('SY')?.id).toBe('geonames:170654');
    expect(countryCapital('KE')?.name).toBe('Nairobi');
    expect(countryCapital('XX')).toBeNull();
  });
});
