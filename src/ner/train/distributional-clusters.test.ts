import { describe, expect, it } from 'vitest';
import { distributionalClusters } from './distributional-clusters.js';

const text = [
  ...Array.from({ length: 20 }, () => 'in Paris today'.split(' ')),
  ...Array.from({ length: 20 }, () => 'in London today'.split(' ')),
  ...Array.from({ length: 20 }, () => 'we run fast'.split(' ')),
  ...Array.from({ length: 20 }, () => 'we walk fast'.split(' ')),
];
const opts = {
  minCount: 3,
  maxWords: 100,
  contextWords: 10,
  dims: 16,
  branching: 2,
  depth: 2,
  iterations: 5,
  seed: 1,
};

describe('distributionalClusters', () => {
  const c = distributionalClusters(text, opts);
  it('puts words with the same neighbours under the same path', () => {
    expect(c.get('Paris')).toBe(c.get('London'));
    expect(c.get('run')).toBe(c.get('walk'));
    expect(c.get('Paris')).not.toBe(c.get('run'));
  });
  it('gives one digit per level and leaves rare words out', () => {
    expect(c.get('Paris')).toMatch(/^[01]{2}$/);
    expect(distributionalClusters([...text, ['Rome']], opts).has('Rome')).toBe(false);
  });
  it('is deterministic', () => {
    expect([...distributionalClusters(text, opts)]).toEqual([...c]);
  });
});
