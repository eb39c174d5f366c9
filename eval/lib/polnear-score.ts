/** Span and relation scoring for attribution: exact and overlap matching, one-to-one, greedy in text order. */
import type { GoldAttribution, GoldSpan } from './polnear-corpus.js';

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly tp: number;
  readonly pred: number;
  readonly gold: number;
}
export type Role = 'source' | 'cue' | 'content';

const overlaps = (a: GoldSpan, b: GoldSpan): boolean => a.start < b.end && b.start < a.end;
const same = (a: GoldSpan, b: GoldSpan): boolean => a.start === b.start && a.end === b.end;

/** Number of one-to-one matches between two span lists under `match`. */
const matchCount = <T>(pred: readonly T[], gold: readonly T[], match: (p: T, g: T) => boolean): number => {
  const used = new Set<number>();
  let tp = 0;
  for (const p of pred) {
    const g = gold.findIndex((x, i) => !used.has(i) && match(p, x));
    if (g >= 0) {
      used.add(g);
      tp++;
    }
  }
  return tp;
};

export class AttributionScorer {
  private readonly counts = new Map<string, { tp: number; pred: number; gold: number }>();

  private bump(key: string, tp: number, pred: number, gold: number): void {
    const c = this.counts.get(key) ?? { tp: 0, pred: 0, gold: 0 };
    this.counts.set(key, { tp: c.tp + tp, pred: c.pred + pred, gold: c.gold + gold });
  }

  add(pred: readonly GoldAttribution[], gold: readonly GoldAttribution[]): void {
    for (const role of ['source', 'cue', 'content'] as const) {
      const ps = pred.map((a) => a[role]).filter((s): s is GoldSpan => s !== null);
      const gs = gold.map((a) => a[role]).filter((s): s is GoldSpan => s !== null);
      this.bump(`${role}.exact`, matchCount(ps, gs, same), ps.length, gs.length);
      this.bump(`${role}.overlap`, matchCount(ps, gs, overlaps), ps.length, gs.length);
    }
    // A relation matches when cue and content overlap, and the sources overlap or are both absent.
    const roleOk = (p: GoldSpan | null, g: GoldSpan | null) => (p && g ? overlaps(p, g) : p === g);
    const rel = (p: GoldAttribution, g: GoldAttribution) =>
      roleOk(p.cue, g.cue) && roleOk(p.content, g.content) && roleOk(p.source, g.source);
    this.bump('relation.overlap', matchCount(pred, gold, rel), pred.length, gold.length);
  }

  result(key: string): Prf {
    const c = this.counts.get(key) ?? { tp: 0, pred: 0, gold: 0 };
    const p = c.pred ? c.tp / c.pred : 0;
    const r = c.gold ? c.tp / c.gold : 0;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, ...c };
  }
}
