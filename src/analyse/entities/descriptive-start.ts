import type { Token } from '../../model/token.js';

const CLOSED = new Set(['VERB', 'AUX', 'ADP', 'PRON', 'DET', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'PUNCT']);

/**
 * The index of the "the" that opens a descriptive reference ending before token `first`
 * ("the Britain-based Observatory", "the UN envoy"), allowing up to four modifiers; -1 when there is none.
 */
export const descriptiveStart = (tokens: readonly Token[], first: number): number => {
  const sentence = tokens[first]?.sentence;
  for (let k = first - 1, seen = 0; k >= 0 && seen <= 4; k -= 1, seen += 1) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return -1;
    if (t.norm === 'the') return k;
    const hyphenated = t.norm === '-' || tokens[k - 1]?.norm === '-' || tokens[k + 1]?.norm === '-';
    if (!hyphenated && (t.kind !== 'word' || CLOSED.has(t.pos ?? ''))) return -1;
  }
  return -1;
};
