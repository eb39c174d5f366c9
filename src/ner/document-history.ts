import { HISTORY_CLASSES } from './token-features.js';

/** Class (0 = O, then PER, ORG, LOC, MISC) of BILOU label index y. */
export const labelClass = (y: number): number => (y === 0 ? 0 : 1 + Math.floor((y - 1) / 4));

/**
 * What the tagger said earlier in the document about each capitalised word (Ratinov & Roth's
 * "prediction history"): the class it was most often given so far.
 */
export class DocumentHistory<K> {
  private readonly counts = new Map<K, Int32Array>();

  /** Most frequent class so far for the key (earliest class on ties), or -1 when unseen. */
  majority(key: K): number {
    const c = this.counts.get(key);
    if (c === undefined) return -1;
    let best = 0;
    for (let k = 1; k < c.length; k++) if ((c[k] as number) > (c[best] as number)) best = k;
    return best;
  }

  record(key: K, label: number): void {
    let c = this.counts.get(key);
    if (c === undefined) {
      c = new Int32Array(HISTORY_CLASSES.length);
      this.counts.set(key, c);
    }
    const k = labelClass(label);
    c[k] = (c[k] as number) + 1;
  }
}
