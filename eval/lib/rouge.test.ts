import { describe, expect, it } from 'vitest';
import { checkRouge, ROUGE_KNOWN_PAIRS, rougeL, rougeLsum, rougeN, rougeTokens } from './rouge.js';

const METRICS = {
  rouge1: (a: string, b: string) => rougeN(a, b, 1),
  rouge2: (a: string, b: string) => rougeN(a, b, 2),
  rougeL,
  rougeLsum,
};

describe('ROUGE', () => {
  it.each(ROUGE_KNOWN_PAIRS.map((k) => [k.metric, k]))('%s known pair', (_, k) => {
    const got = METRICS[k.metric](k.reference, k.prediction);
    expect(got.p).toBeCloseTo(k.expected.p, 12);
    expect(got.r).toBeCloseTo(k.expected.r, 12);
    expect(got.f).toBeCloseTo(k.expected.f, 12);
  });

  it.each([
    ["Dogs' running!", ['dog', 'run']],
    ['U.S. 2016', ['u', 's', '2016']],
    ['the cat', ['the', 'cat']],
  ])('tokenises %s', (text, tokens) => {
    expect(rougeTokens(text)).toEqual(tokens);
  });

  it('scores nothing shared as 0 and identical texts as 1', () => {
    expect(rougeN('a b c', 'd e f', 1).f).toBe(0);
    expect(rougeL('a b c', 'a b c').f).toBe(1);
    expect(() => checkRouge()).not.toThrow();
  });
});
