import { describe, expect, it } from 'vitest';
import { populationPlural } from './population-plural.js';

describe('populationPlural', () => {
  it.each([
    ['pakistanis', true],
    ['americans', true],
    ['north koreans', true],
    ['europeans', true],
    ['spaniards', true],
    // Negatives: a singular, an adjective that has no plural in "s", a word that is no demonym.
    ['pakistani', false],
    ['swiss', false],
    ['republicans', false],
    ['japanese americans', false],
  ])('%s → %s', (name, expected) => expect(populationPlural(name)).toBe(expected));
});
