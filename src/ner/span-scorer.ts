import { bioSpans } from './bio-spans.js';
import { NER_TYPES } from './ner-labels.js';

export interface PrfCounts {
  tp: number;
  pred: number;
  gold: number;
}

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

export const prf = (c: PrfCounts): Prf => {
  const p = c.pred === 0 ? 0 : c.tp / c.pred;
  const r = c.gold === 0 ? 0 : c.tp / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

/** Per-type and overall counts of entity spans: a predicted entity counts only with exact span and type (conlleval). */
export class SpanScorer {
  readonly counts = new Map<string, PrfCounts>(
    [...NER_TYPES, 'ALL'].map((t) => [t, { tp: 0, pred: 0, gold: 0 }]),
  );

  /** Adds one sentence; `types` limits scoring to some types (others are ignored on both sides). */
  add(goldTags: readonly string[], predTags: readonly string[], types: readonly string[] = NER_TYPES): void {
    const gold = bioSpans(goldTags).filter((s) => types.includes(s.type));
    const pred = bioSpans(predTags).filter((s) => types.includes(s.type));
    const key = (s: { start: number; end: number; type: string }): string => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    for (const s of gold) this.bump(s.type, 'gold');
    for (const s of pred) {
      this.bump(s.type, 'pred');
      if (goldKeys.has(key(s))) this.bump(s.type, 'tp');
    }
  }

  private bump(type: string, field: keyof PrfCounts): void {
    for (const t of [type, 'ALL']) {
      const c = this.counts.get(t);
      if (c) c[field]++;
    }
  }

  result(type = 'ALL'): Prf {
    return prf(this.counts.get(type) ?? { tp: 0, pred: 0, gold: 0 });
  }
}
