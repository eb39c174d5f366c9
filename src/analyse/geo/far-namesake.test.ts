import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { isFarNamesake, isOutside, type OtherAreas, otherAreas } from './far-namesake.js';
import { resolveMarked } from './test-resolve.js';

const entry = (
  id: string,
  country: string,
  lat: number,
  lon: number,
  population: number,
  featureCode = 'PPL',
  region?: string,
): GazetteerEntry =>
  ({
    id,
    name: id,
    lat,
    lon,
    country,
    featureCode,
    population,
    precision: featureCode === 'ADM1' ? 'region' : featureCode.startsWith('PPL') ? 'city' : 'region',
    region,
  }) as GazetteerEntry;

const belfast = entry('belfast', 'GB', 54.6, -5.93, 300_000, 'PPLA', 'admin1:GB.NIR');
const ulster = entry('admin1:GB.NIR', 'GB', 54.64, -6.56, 1_800_000, 'ADM1');
const ohioTown = entry('ohio-town', 'US', 40.9, -81.1, 22_000, 'PPL', 'admin1:US.OH');
const montana = entry('admin1:US.MT', 'US', 47, -109.8, 630_000, 'ADM1');
const arkansasTown = entry('ark-town', 'US', 36.3, -91, 6_000, 'PPLA2', 'admin1:US.AR');
const montanaTown = entry('mt-town', 'US', 47.7, -114.2, 4_700, 'PPLA2', 'admin1:US.MT');
const us = entry('iso:US', 'US', 39.8, -98.5, 300_000_000, 'PCLI');
const inBelfast = otherAreas([belfast, ulster, ohioTown], [0, 1, 2], 2);
const inMontana = otherAreas([montana, us, arkansasTown], [0, 1, 2], 2);
const inUs = otherAreas([us, ohioTown], [0, 1], 1);
const nowhere: OtherAreas = { regions: new Set(), regionCountries: new Set(), focus: null, towns: [] };

describe('otherAreas', () => {
  it('leaves out the name itself', () => {
    expect([...inBelfast.regions]).toEqual(['admin1:GB.NIR']);
    expect([...inBelfast.regionCountries]).toEqual(['GB']);
    expect(inBelfast.focus).toBe('GB');
    expect(inBelfast.towns).toEqual([belfast]);
  });
});

describe('isOutside', () => {
  it.each([
    ['an Ohio town in a Belfast story', ohioTown, inBelfast, true],
    ['a town near the story’s town', entry('near', 'GB', 54.72, -6.21, 19_000), inBelfast, false],
    ['an Arkansas town in a Montana story', arkansasTown, inMontana, true],
    ['a Montana town in a Montana story', montanaTown, inMontana, false],
    ['a US town in a story naming only the US', ohioTown, inUs, false],
  ])('%s → %s', (_, e, areas, expected) => expect(isOutside(e, areas)).toBe(expected));
});

describe('isFarNamesake', () => {
  it.each([
    ['a far small town, no place evidence', ohioTown, inBelfast, false, true],
    ['the same with place evidence', ohioTown, inBelfast, true, false],
    ['a far town of 100,000 people', { ...ohioTown, population: 100_000 }, inBelfast, false, false],
    ['a far capital', { ...ohioTown, featureCode: 'PPLC' }, inBelfast, false, false],
    ['a far country', us, inBelfast, false, false],
    ['a small first-level region abroad', { ...montana, population: 0 }, inBelfast, false, true],
    ['a town in the story’s region', montanaTown, inMontana, false, false],
    ['a story its other names place nowhere', ohioTown, nowhere, false, false],
  ])('%s → %s', (_, e, areas, evidenced, expected) =>
    expect(isFarNamesake(e, areas, evidenced)).toBe(expected),
  );
});

/** The resolver on invented sentences: [bracketed] names are mentions the entities stage typed places. */
describe('resolvePlaces: far namesakes of words of another sense stay unplaced', () => {
  it.each([
    [
      'Police in [Belfast] said leaders of [Northern Ireland] parties met; the [Alliance] leader spoke first.',
      [
        ['Belfast', 'geonames:2655984'],
        ['Northern Ireland', 'admin1:GB.NIR'],
        ['Alliance', null],
      ],
    ],
    [
      'Diggers near [Salisbury] in [Wiltshire] found a [Roman] coin.',
      [
        ['Salisbury', 'geonames:2638664'],
        ['Wiltshire', 'admin2:GB.ENG.P8'],
        ['Roman', null],
      ],
    ],
    // Real small places keep their place: in a region the story names, or said to be places.
    [
      'Deputies in [Sycamore] said the [DeKalb County] case was closed; [Illinois] police agreed.',
      [
        ['Sycamore', 'geonames:4913110'],
        ['DeKalb County', 'admin2:US.IL.037'],
        ['Illinois', 'admin1:US.IL'],
      ],
    ],
    [
      'Fires burned near [Polson], [Montana], and smoke reached [Big Sky].',
      [
        ['Polson', 'geonames:5671996'],
        ['Montana', 'admin1:US.MT'],
        ['Big Sky', 'geonames:5640193'],
      ],
    ],
    [
      'Officials in [Belfast] said the man was held in [Antrim] overnight.',
      [
        ['Belfast', 'geonames:2655984'],
        ['Antrim', 'geonames:2657255'],
      ],
    ],
  ])('%s', (marked, expected) =>
    expect(resolveMarked(marked).map((m) => [m.name, m.gazetteerId])).toEqual(expected),
  );

  it('a mention given as a toponym (gold) is placed whatever the document', () => {
    const [, , alliance] = resolveMarked(
      'Police in [Belfast] said leaders of [Northern Ireland] parties met; the [Alliance] leader spoke first.',
      1,
    );
    expect(alliance?.placed).not.toBeNull();
  });
});
