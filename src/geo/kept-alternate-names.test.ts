import { describe, expect, it } from 'vitest';
import { keptAlternateNames } from './kept-alternate-names.js';

describe('keptAlternateNames', () => {
  it.each([
    // Latin-script variants are kept once each; the name itself and its folded forms are not repeated.
    [
      'Vagharshapat',
      ['Echmiadzin', 'Ejmiatsin', 'Էջմիածին', 'Vagharshapat', 'echmiadzin'],
      ['Echmiadzin', 'Ejmiatsin'],
    ],
    // Codes, names with digits and one-letter names are dropped.
    ['New York City', ['NYC', 'NY', 'New York 10001', 'N', 'Big Apple'], ['Big Apple']],
    ['Minneapolis', ['Minn.', 'Mpls.', 'Minneapolis-Saint Paul'], ['Minneapolis-Saint Paul']],
    // The file's separators are not part of a name.
    ['Sample', ['Foo|Bar', 'Foo\tBar'], []],
    ['Nowhere', [], []],
  ])('%s %j → %j', (name, alternates, kept) => expect(keptAlternateNames(name, alternates)).toEqual(kept));

  it('drops the names of countries and regions it is told of', () => {
    const reserved = new Set(['mexico', 'florida']);
    expect(keptAlternateNames('Mexico City', ['Mexico', 'Ciudad de Mexico'], reserved)).toEqual([
      'Ciudad de Mexico',
    ]);
    expect(keptAlternateNames('Valle Vista', ['Florida'], reserved)).toEqual([]);
    // Unless the region is the town's own.
    expect(
      keptAlternateNames('Genève', ['Geneva', 'Genf'], new Set(['geneva']), new Set(['geneva'])),
    ).toEqual(['Geneva', 'Genf']);
  });
});
