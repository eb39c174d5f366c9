/** Per term, the reports that hold it (numbered in arrival order) and its weight in each. */
export interface TermPostings {
  /** Adds report `doc` (numbers only grow) with the term's weight in it. */
  add(term: string, doc: number, weight: number): void;
  /** Adds `x` × the term's weight in each report below `n` to `dot` (indexed by report). */
  spread(term: string, x: number, n: number, dot: Float64Array): void;
}

interface Posting {
  size: number;
  doc: Int32Array;
  weight: Float64Array;
}

const FIRST = 4;

/**
 * Postings kept in typed arrays that double when full: a new report's similarity to every earlier one runs
 * over the postings of its terms, tens of thousands of them per report in a large story, so they are laid out
 * flat rather than as arrays of boxed numbers.
 */
export const termPostings = (): TermPostings => {
  const byTerm = new Map<string, Posting>();
  return {
    add: (term, doc, weight) => {
      let p = byTerm.get(term);
      if (p === undefined) {
        p = { size: 0, doc: new Int32Array(FIRST), weight: new Float64Array(FIRST) };
        byTerm.set(term, p);
      }
      if (p.size === p.doc.length) {
        const doc2 = new Int32Array(p.size * 2);
        doc2.set(p.doc);
        const weight2 = new Float64Array(p.size * 2);
        weight2.set(p.weight);
        p.doc = doc2;
        p.weight = weight2;
      }
      p.doc[p.size] = doc;
      p.weight[p.size] = weight;
      p.size += 1;
    },
    spread: (term, x, n, dot) => {
      const p = byTerm.get(term);
      if (p === undefined) return;
      const { doc, weight, size } = p;
      for (let k = 0; k < size; k += 1) {
        const j = doc[k]!;
        if (j >= n) break;
        dot[j] = dot[j]! + x * weight[k]!;
      }
    },
  };
};
