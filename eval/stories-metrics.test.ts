import { describe, expect, it } from 'vitest';
import { adjustedRand, bcubed } from './stories-metrics.js';

describe('bcubed', () => {
  it.each([
    // identical partitions
    [['a', 'a', 'b'], ['x', 'x', 'y'], 1, 1],
    // everything in one predicted cluster: P = (2/3·2 + 1/3)/3 = 5/9, R = 1
    [['a', 'a', 'b'], ['x', 'x', 'x'], 5 / 9, 1],
    // all singletons: P = 1, R = (1/2 + 1/2 + 1)/3 = 2/3
    [['a', 'a', 'b'], ['x', 'y', 'z'], 1, 2 / 3],
  ])('%j vs %j', (gold, pred, p, r) => {
    const s = bcubed(gold, pred);
    expect(s.p).toBeCloseTo(p, 10);
    expect(s.r).toBeCloseTo(r, 10);
  });
});

describe('adjustedRand', () => {
  it.each([
    [['a', 'a', 'b', 'b'], ['x', 'x', 'y', 'y'], 1],
    [['a', 'a', 'b', 'b'], ['y', 'y', 'x', 'x'], 1],
    // sklearn: adjusted_rand_score([0,0,1,1],[0,0,1,2]) = 0.5714285714
    [['a', 'a', 'b', 'b'], ['x', 'x', 'y', 'z'], 0.5714285714],
    // sklearn: adjusted_rand_score([0,0,1,1],[0,1,0,1]) = -0.5
    [['a', 'a', 'b', 'b'], ['x', 'y', 'x', 'y'], -0.5],
  ])('%j vs %j', (gold, pred, ari) => {
    expect(adjustedRand(gold, pred)).toBeCloseTo(ari, 8);
  });
});
