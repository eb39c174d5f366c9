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

describe('resolvePlaces: the first word of a street’s name taken alone', () => {
  /** Each [bracketed] name's span, placement and rule. */
  const placed = (marked: string) =>
    resolveMarked(marked).map((m) => [m.name, m.start, m.end, m.placed, m.rule]);
  const NEW_YORK = 'geonames:5128581';
  it.each([
    // A well-known street is its town's: not Wall, Pennsylvania beside Pittsburgh, nor the state of Pennsylvania.
    [
      'Stocks fell on [Wall] Street, traders in [Pittsburgh], [Pennsylvania], said.',
      [
        ['Wall', 15, 19, NEW_YORK, 'gazetteer:unique'],
        ['Pittsburgh', 39, 49, 'geonames:5206379', 'gazetteer:unique'],
        ['Pennsylvania', 51, 63, 'admin1:US.PA', 'gazetteer:unique'],
      ],
    ],
    [
      'Police closed [Pennsylvania] Avenue.',
      [['Pennsylvania', 14, 26, 'geonames:4140963', 'gazetteer:unique']],
    ],
    ['[Wall St.] rallied.', [['Wall St.', 0, 8, NEW_YORK, 'gazetteer:unique']]],
    // Another street lies in the document's town; a town of the name with no street word is the town.
    [
      'Shops on [Market] Street in [San Francisco] reopened.',
      [
        ['Market', 9, 15, '~city', 'context:in-main-town'],
        ['San Francisco', 26, 39, 'geonames:5391959', 'gazetteer:context'],
      ],
    ],
    [
      'He farms near [Wall], [South Dakota].',
      [
        ['Wall', 14, 18, 'geonames:5770098', 'gazetteer:context'],
        ['South Dakota', 20, 32, 'admin1:US.SD', 'gazetteer:unique'],
      ],
    ],
  ])('%s', (marked, expected) => expect(placed(marked)).toEqual(expected));
});
