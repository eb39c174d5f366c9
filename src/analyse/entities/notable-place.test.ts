import { describe, expect, it } from 'vitest';
import { notablePlace } from './notable-place.js';
import { typedRows } from './test-typed-mentions.js';

describe('notablePlace', () => {
  it.each([
    ['Baltimore', true],
    ['Mediterranean', true],
    ['Ohio', true],
    ['Christmas', false],
    ['Chevron', false],
    // only another name of a town (Qom is filed under "Homo" too): not the town a reader takes it for
    ['Homo', false],
    ['Qom', true],
    ['Xqzvillebrook', false],
  ] as const)('%s → %s', (name, want) => expect(notablePlace(name)).toBe(want));
});

describe('findEntities: a lone word the tagger did not type is a place only if the place is notable', () => {
  it.each([
    [
      'a hamlet namesake is no place; a city is',
      'Exxon and Chevron paid more. Staff met in Baltimore.',
      [
        ['Chevron', 'MISC'],
        ['Baltimore', 'MISC'],
      ],
      [
        ['Chevron', 10, 'other', 'chevron', 'propn-run'],
        ['Baltimore', 42, 'place', 'baltimore', 'gazetteer'],
      ],
    ],
    [
      'negative: a nationality stays for the gazetteer (the place-modifier rules read it)',
      'The Canadian said no.',
      [['Canadian', 'MISC']],
      [['Canadian', 4, 'place', 'canadian', 'gazetteer']],
    ],
  ] as const)('%s', (_name, text, runs, want) => {
    expect(typedRows(text, runs)).toEqual(want);
  });
});
