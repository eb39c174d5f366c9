import { describe, expect, it } from 'vitest';
import { parseGeoPlaces } from './read-geo-places.js';

describe('parseGeoPlaces', () => {
  it('reads the columns of models/geo-places.tsv.gz', () => {
    const text = [
      '616062\tVagharshapat\t40.16557\t44.29462\tAM\t09\tPPL\t46200\techmiadzin|ejmiatsin',
      '6690572\tKilburn\t51.55295\t-0.19157\tGB\tENG\tPPLX\t29027\t',
      'short\tline',
      '',
    ].join('\n');
    expect(parseGeoPlaces(text)).toEqual([
      {
        id: 616062,
        name: 'Vagharshapat',
        lat: 40.16557,
        lon: 44.29462,
        country: 'AM',
        admin1: '09',
        featureCode: 'PPL',
        population: 46200,
        alternateKeys: ['echmiadzin', 'ejmiatsin'],
      },
      {
        id: 6690572,
        name: 'Kilburn',
        lat: 51.55295,
        lon: -0.19157,
        country: 'GB',
        admin1: 'ENG',
        featureCode: 'PPLX',
        population: 29027,
        alternateKeys: [],
      },
    ]);
  });
});
