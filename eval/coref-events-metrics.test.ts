import { describe, expect, it } from 'vitest';
import { ceafE, muc } from './coref-events-metrics.js';

// Pradhan et al. (2014) scorer test "A": key {a b c} {d e f g}, response {a b} {c d} {f g h i} (h, i extra).
// Here over shared mentions only: key {a,b,c},{d,e,f,g}; response {a,b},{c,d},{e},{f,g}.
const key = ['1', '1', '1', '2', '2', '2', '2'];
const response = ['x', 'x', 'y', 'y', 'z', 'w', 'w'];

describe('coreference metrics', () => {
  it.each([
    // MUC: R = ((3-2) + (4-3)) / (2 + 3) = 0.4; P = ((2-1)+(2-2)+(1-1)+(2-1)) / (1+1+0+1) = 2/3
    ['muc', muc(key, response), 2 / 3, 0.4],
    // CEAF-e: best alignment {a,b,c}↔{a,b} φ4 = 4/5, {d,e,f,g}↔{f,g} φ4 = 4/6; P = sum/4, R = sum/2
    ['ceafE', ceafE(key, response), (0.8 + 4 / 6) / 4, (0.8 + 4 / 6) / 2],
  ])('%s', (_, s, p, r) => {
    expect(s.p).toBeCloseTo(p, 10);
    expect(s.r).toBeCloseTo(r, 10);
  });

  it('scores identical partitions 1', () => {
    expect(muc(key, key).f1).toBe(1);
    expect(ceafE(key, key).f1).toBe(1);
  });
});
