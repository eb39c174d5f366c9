import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './build-gazetteer.js';

const s = (text: string, tags: string) => ({ words: text.split(' '), tags: tags.split(' ') });

describe('buildGazetteer', () => {
  const g = buildGazetteer(
    [
      s('Paris is big', 'B-LOC O O'),
      s('Paris Hilton came', 'B-PER I-PER O'),
      s('Paris said', 'B-PER O'),
      s('Paris again', 'B-LOC O'),
      s('Paris too', 'B-LOC O'),
      s('Paris more', 'B-LOC O'),
      s('the red cross', 'O B-ORG I-ORG'),
      s('A B C D E F', 'B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG'),
    ],
    { maxLength: 5, minShare: 0.3 },
  );
  it.each([
    ['Paris Hilton', 'PER'],
    // 4 LOC of 5: PER's 0.2 share is under the 0.3 floor.
    ['Paris', 'LOC'],
    // Negatives: no capital letter; longer than maxLength.
    ['red cross', undefined],
    ['A B C D E F', undefined],
  ])('%s → %s', (key, types) => {
    expect(g.get(key)).toBe(types);
  });
});
