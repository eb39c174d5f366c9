import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { isGenericNamesake, isGenericRegionName } from './generic-namesake.js';
import { resolveMarked } from './test-resolve.js';
import type { DocumentSetting } from './unsupported-town.js';

const region = (id: string, country: string, precision = 'region') =>
  ({
    id,
    name: 'X',
    lat: 0,
    lon: 0,
    country,
    featureCode: 'ADM1',
    population: 0,
    precision,
  }) as GazetteerEntry;

const inUs: DocumentSetting = { candidateFocus: null, focus: 'US', town: null };

describe('isGenericRegionName', () => {
  it.each([
    ['West Coast', true],
    ['Northwest', true],
    ['Far North', true],
    ['Central', true],
    ['Upper East', true],
    ['Western Cape', false],
    ['North Carolina', false],
    ['Kidal', false],
    ['', false],
  ])('%s → %s', (name, expected) => expect(isGenericRegionName(name)).toBe(expected));
});

describe('isGenericNamesake', () => {
  it.each([
    ["New Zealand's West Coast in a US story", region('admin1:NZ.G3', 'NZ'), 'West Coast', inUs, true],
    [
      'the same when only the candidates point to the US',
      region('admin1:NZ.G3', 'NZ'),
      'West Coast',
      { ...inUs, focus: null, candidateFocus: 'US' },
      true,
    ],
    [
      "a generic region of the story's own country",
      region('admin1:KE.200', 'KE'),
      'Central',
      { ...inUs, focus: 'KE' },
      false,
    ],
    [
      'a region of the country the candidates point to',
      region('admin1:NZ.G3', 'NZ'),
      'West Coast',
      { ...inUs, candidateFocus: 'NZ' },
      false,
    ],
    ['a region with a proper name', region('admin1:ZA.11', 'ZA'), 'Western Cape', inUs, false],
    ['a county, not a first-level region', region('admin2:AU.06.65610', 'AU'), 'West Coast', inUs, false],
    ['a town named without an article', region('geonames:4828836', 'US', 'city'), 'Northwest', inUs, false],
    ['a story with no country', region('admin1:NZ.G3', 'NZ'), 'West Coast', { ...inUs, focus: null }, false],
  ])('%s → %s', (_, e, name, doc, expected) => expect(isGenericNamesake(e, name, 'in ', doc)).toBe(expected));
});

describe('isGenericNamesake: a town', () => {
  const town = region('geonames:4828836', 'US', 'city');
  it.each([
    ['the ', true],
    ['in The ', true],
    ['in ', false],
    ['theme ', false],
  ])('"%sNorthwest" → %s', (before, expected) =>
    expect(isGenericNamesake(town, 'Northwest', before, inUs)).toBe(expected),
  );
});

describe('resolvePlaces: generic region names abroad', () => {
  const resolve = (marked: string) => resolveMarked(marked).map((m) => [m.name, m.placed, m.rule]);
  it.each([
    // Two US towns set the country; New Zealand's "West Coast" region is not what the story means.
    [
      'Veterans live in [Seattle], [San Francisco] and along the [West Coast].',
      [
        ['Seattle', 'geonames:5809844', 'gazetteer:unique'],
        ['San Francisco', 'geonames:5391959', 'gazetteer:context'],
        ['West Coast', null, null],
      ],
    ],
    // "the Northwest" is a part of the country, not the town of Northwest, North Carolina; without the article
    // and with its state named, it is that town.
    [
      'Many veterans live in the [Northwest], near [Seattle] and [Tacoma].',
      [
        ['Northwest', '~region', 'context:near-main-town'],
        ['Seattle', 'geonames:5809844', 'gazetteer:unique'],
        ['Tacoma', 'geonames:5812944', 'gazetteer:context'],
      ],
    ],
    [
      'He was born in [Northwest], [North Carolina].',
      [
        ['Northwest', 'geonames:4828836', 'gazetteer:context'],
        ['North Carolina', 'admin1:US.NC', 'gazetteer:unique'],
      ],
    ],
    // In a New Zealand story it is that region.
    [
      'Floods hit [Greymouth] and the [West Coast] of [New Zealand].',
      [
        ['Greymouth', 'geonames:2206895', 'gazetteer:unique'],
        ['West Coast', 'admin1:NZ.G3', 'gazetteer:context'],
        ['New Zealand', 'iso:NZ', 'gazetteer:unique'],
      ],
    ],
  ])('%s', (marked, expected) => expect(resolve(marked)).toEqual(expected));
});
