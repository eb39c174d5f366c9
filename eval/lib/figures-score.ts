/** Span P/R/F1 (exact and overlap, one-to-one) and attribute accuracy on overlap-matched figures. */
import type { GoldFigure } from './figures-gold.js';

export interface Counts {
  gold: number;
  system: number;
  exact: number;
  overlap: number;
  bounds: number;
  unit: number;
  measure: number;
  what: number;
}

export const emptyCounts = (): Counts => ({
  gold: 0,
  system: 0,
  exact: 0,
  overlap: 0,
  bounds: 0,
  unit: 0,
  measure: 0,
  what: 0,
});

const same = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));

export type SystemFigure = GoldFigure;

export const scoreFigures = (
  c: Counts,
  gold: readonly GoldFigure[],
  system: readonly SystemFigure[],
  onMiss?: (kind: string, g: GoldFigure | null, s: SystemFigure | null) => void,
): void => {
  c.gold += gold.length;
  c.system += system.length;
  const used = new Set<number>();
  for (const g of gold) {
    const exact = system.findIndex((s, i) => !used.has(i) && s.start === g.start && s.end === g.end);
    const i =
      exact >= 0 ? exact : system.findIndex((s, j) => !used.has(j) && s.start < g.end && g.start < s.end);
    const s = system[i];
    if (i < 0 || s === undefined) {
      onMiss?.('fn', g, null);
      continue;
    }
    used.add(i);
    c.overlap += 1;
    if (exact >= 0) c.exact += 1;
    else onMiss?.('span', g, s);
    if (same(s.value, g.value) && same(s.low, g.low) && same(s.high, g.high)) c.bounds += 1;
    else onMiss?.('bounds', g, s);
    if (s.unit === g.unit) c.unit += 1;
    else onMiss?.('unit', g, s);
    if (s.measure === g.measure) c.measure += 1;
    else onMiss?.('measure', g, s);
    if ((s.what ?? '').toLowerCase() === (g.what ?? '').toLowerCase()) c.what += 1;
  }
  system.forEach((s, i) => {
    if (!used.has(i)) onMiss?.('fp', null, s);
  });
};

export const prf = (hits: number, system: number, gold: number) => {
  const p = system ? hits / system : 0;
  const r = gold ? hits / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
