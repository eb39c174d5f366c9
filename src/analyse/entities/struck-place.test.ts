import { describe, expect, it } from 'vitest';
import type { NerType } from '../../ner/ner-labels.js';
import { typedRows } from './test-typed-mentions.js';

// A town's name right after a verb of attack or capture is the place struck, though the tagger missed it.
describe('findEntities: a town after a verb of attack or capture', () => {
  it.each([
    ['after "hit"', 'Heavy shelling hit Homs on Monday.', [['Homs', 'place', 'homs', 'place-cue', 19]]],
    [
      'after "stormed", and the next in its list',
      'Rebels stormed Kidal and Gao overnight.',
      [
        ['Kidal', 'place', 'kidal', 'place-cue', 15],
        ['Gao', 'place', 'gao', 'place-cue', 25],
      ],
    ],
    ['negative: a word no town of some size is named', 'The blast hit Chevron on Monday.', []],
    ['negative: a town name after another verb', 'Heavy shelling spared Homs on Monday.', []],
    [
      'negative: a name the tagger read as a person',
      'The car hit Jackson on Monday.',
      [],
      [['Jackson', 'PER']],
    ],
  ] as const)('%s', (_name, text, want, runs: readonly (readonly [string, NerType])[] = []) => {
    const got = typedRows(text, runs).filter((r) => r[2] === 'place');
    expect(got.map(([s, start, type, key, rule]) => [s, type, key, rule, start])).toEqual(want);
  });
});
