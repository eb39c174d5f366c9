import { describe, expect, it } from 'vitest';
import { resolveMarked } from './test-resolve.js';

/** The gazetteer id (or `~precision` for a borrowed point) and rule of each [bracketed] name of a text. */
const resolve = (marked: string) => resolveMarked(marked).map((m) => [m.name, m.placed, m.rule]);

const CHICAGO = ['Chicago', 'geonames:4887398', 'gazetteer:unique'];

describe('resolvePlaces: streets and buildings named together', () => {
  it.each([
    // A word that names no place names a street when the text says so; without a street word, nothing.
    [
      'He collapsed at the corner of [State] and Hubbard streets, police in [Chicago] said.',
      [['State', '~city', 'context:in-main-town'], CHICAGO],
    ],
    [
      'Police in [Chicago] said the man ran to [Grand] and [State].',
      [CHICAGO, ['Grand', '~region', 'context:near-main-town'], ['State', null, null]],
    ],
    // Two streets at an intersection: not Chartres, France.
    [
      'The [Chartres]/Franklin intersection in [New Orleans] was closed.',
      [
        ['Chartres', '~city', 'context:in-main-town'],
        ['New Orleans', 'geonames:4335045', 'gazetteer:unique'],
      ],
    ],
    // Two saints' names sharing a church: not Saint Patrick parish, Dominica.
    [
      'The band plays in [St Patrick’s] and St Seachnails Church in [Dunshaughlin].',
      [
        ['St Patrick’s', '~city', 'context:in-main-town'],
        ['Dunshaughlin', 'geonames:2964472', 'gazetteer:unique'],
      ],
    ],
    [
      'The band plays in [St Patrick’s] in [Dunshaughlin].',
      [
        ['St Patrick’s', 'admin1:DM.09', 'gazetteer:context'],
        ['Dunshaughlin', 'geonames:2964472', 'gazetteer:unique'],
      ],
    ],
  ])('%s', (marked, expected) => expect(resolve(marked)).toEqual(expected));
});
