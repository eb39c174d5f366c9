/**
 * TempEval-3 Task A scoring (UzZaman et al. 2013): strict = identical span, relaxed = overlapping span (each
 * gold and system timex used once); type and value are judged on relaxed matches, and their F1 is the
 * relaxed F1 times the attribute accuracy (the official "attribute F1": correct attribute / system and /
 * gold counts).
 */
import type { GoldTimex } from './timeml-read.js';

export interface TimexScores {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  typeOk: number;
  valueOk: number;
}

export const emptyScores = (): TimexScores => ({
  gold: 0,
  system: 0,
  strict: 0,
  relaxed: 0,
  typeOk: 0,
  valueOk: 0,
});

export interface Miss {
  readonly kind: 'fn' | 'fp' | 'value' | 'type' | 'span';
  readonly gold: GoldTimex | null;
  readonly system: GoldTimex | null;
}

/** Adds one document's counts to `s` and returns its errors (for error analysis during tuning). */
export const scoreDocument = (
  s: TimexScores,
  gold: readonly GoldTimex[],
  system: readonly GoldTimex[],
): Miss[] => {
  s.gold += gold.length;
  s.system += system.length;
  const used = new Set<number>();
  const misses: Miss[] = [];
  for (const g of gold) {
    const exact = system.findIndex((x, i) => !used.has(i) && x.start === g.start && x.end === g.end);
    const i =
      exact >= 0 ? exact : system.findIndex((x, j) => !used.has(j) && x.start < g.end && g.start < x.end);
    const x = system[i];
    if (i < 0 || x === undefined) {
      misses.push({ kind: 'fn', gold: g, system: null });
      continue;
    }
    used.add(i);
    s.relaxed += 1;
    if (exact >= 0) s.strict += 1;
    else misses.push({ kind: 'span', gold: g, system: x });
    if (x.type === g.type) s.typeOk += 1;
    else misses.push({ kind: 'type', gold: g, system: x });
    if (x.value === g.value) s.valueOk += 1;
    else misses.push({ kind: 'value', gold: g, system: x });
  }
  system.forEach((x, i) => {
    if (!used.has(i)) misses.push({ kind: 'fp', gold: null, system: x });
  });
  return misses;
};

const f1 = (hits: number, system: number, gold: number) => {
  const p = system ? hits / system : 0;
  const r = gold ? hits / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export const summarise = (s: TimexScores) => {
  const strict = f1(s.strict, s.system, s.gold);
  const relaxed = f1(s.relaxed, s.system, s.gold);
  return {
    strict,
    relaxed,
    typeAccuracy: s.relaxed ? s.typeOk / s.relaxed : 0,
    valueAccuracy: s.relaxed ? s.valueOk / s.relaxed : 0,
    typeF1: f1(s.typeOk, s.system, s.gold).f1,
    valueF1: f1(s.valueOk, s.system, s.gold).f1,
  };
};
