/**
 * ROUGE as Google's rouge-score package computes it (the reference implementation behind most recent papers):
 * text lower-cased, every run of characters other than [a-z0-9] a separator, Porter stemming (NLTK's default
 * mode) of tokens longer than 3 characters; ROUGE-N = n-gram overlap with clipped counts; ROUGE-L = longest
 * common subsequence over the whole texts; ROUGE-Lsum = summary-level LCS (union LCS per reference sentence,
 * sentences on separate lines). Each gives precision, recall and F1.
 */
import { porterStem } from '../../src/link/text/porter-stem.js';

export interface RougeScore {
  readonly p: number;
  readonly r: number;
  readonly f: number;
}

export const rougeTokens = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t !== '')
    .map((t) => (t.length > 3 ? porterStem(t) : t));

const score = (hits: number, predicted: number, reference: number): RougeScore => {
  const p = predicted === 0 ? 0 : hits / predicted;
  const r = reference === 0 ? 0 : hits / reference;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

const ngrams = (tokens: readonly string[], n: number): Map<string, number> => {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i += 1) {
    const g = tokens.slice(i, i + n).join(' ');
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
};

/** ROUGE-N of a prediction against one reference. */
export const rougeN = (reference: string, prediction: string, n: number): RougeScore => {
  const ref = ngrams(rougeTokens(reference), n);
  const pred = ngrams(rougeTokens(prediction), n);
  let hits = 0;
  for (const [g, c] of pred) hits += Math.min(c, ref.get(g) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return score(hits, total(pred), total(ref));
};

/** The LCS table of two token lists (rows: a, columns: b). */
const lcsTable = (a: readonly string[], b: readonly string[]): Uint32Array[] => {
  const t = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = 1; i <= a.length; i += 1)
    for (let j = 1; j <= b.length; j += 1)
      t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
  return t;
};

/** ROUGE-L: LCS of the two whole token lists. */
export const rougeL = (reference: string, prediction: string): RougeScore => {
  const ref = rougeTokens(reference);
  const pred = rougeTokens(prediction);
  return score(lcsTable(ref, pred)[ref.length]![pred.length]!, pred.length, ref.length);
};

/** Indices of b in one LCS of a and b. */
const lcsIndices = (a: readonly string[], b: readonly string[]): number[] => {
  const t = lcsTable(a, b);
  const out: number[] = [];
  let [i, j] = [a.length, b.length];
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      out.push(j - 1);
      i -= 1;
      j -= 1;
    } else if (t[i - 1]![j]! >= t[i]![j - 1]!) i -= 1;
    else j -= 1;
  }
  return out;
};

/** ROUGE-Lsum: per reference line, the union of its LCS hits with every prediction line, counts clipped. */
export const rougeLsum = (reference: string, prediction: string): RougeScore => {
  const refLines = reference
    .split('\n')
    .map(rougeTokens)
    .filter((l) => l.length > 0);
  const predLines = prediction
    .split('\n')
    .map(rougeTokens)
    .filter((l) => l.length > 0);
  const count = (lines: string[][]) => {
    const m = new Map<string, number>();
    for (const l of lines) for (const t of l) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const refLeft = count(refLines);
  const predLeft = count(predLines);
  let hits = 0;
  for (const r of refLines) {
    const union = new Set<number>();
    for (const p of predLines) for (const k of lcsIndices(p, r)) union.add(k);
    for (const k of [...union].sort((x, y) => x - y)) {
      const t = r[k]!;
      if ((refLeft.get(t) ?? 0) > 0 && (predLeft.get(t) ?? 0) > 0) {
        hits += 1;
        refLeft.set(t, refLeft.get(t)! - 1);
        predLeft.set(t, predLeft.get(t)! - 1);
      }
    }
  }
  const total = (ls: string[][]) => ls.reduce((n, l) => n + l.length, 0);
  return score(hits, total(predLines), total(refLines));
};

/**
 * Known pairs with their scores, checked at the start of every ROUGE run (vitest covers src/ only). The first
 * is the rouge-score README example; the others are worked by hand in rouge.test.ts.
 */
export const ROUGE_KNOWN_PAIRS: readonly {
  readonly reference: string;
  readonly prediction: string;
  readonly metric: 'rouge1' | 'rouge2' | 'rougeL' | 'rougeLsum';
  readonly expected: RougeScore;
}[] = [
  {
    reference: 'The quick brown fox jumps over the lazy dog',
    prediction: 'The quick brown dog jumps on the log.',
    metric: 'rouge1',
    expected: { p: 0.75, r: 0.6666666666666666, f: 0.7058823529411765 },
  },
  {
    reference: 'The quick brown fox jumps over the lazy dog',
    prediction: 'The quick brown dog jumps on the log.',
    metric: 'rougeL',
    expected: { p: 0.625, r: 0.5555555555555556, f: 0.5882352941176471 },
  },
  {
    // bigrams: ref {the quick, quick brown, brown fox, fox jump, jump over, over the, the lazi, lazi dog};
    // pred {the quick, quick brown, brown dog, dog jump, jump on, on the, the log}: 2 shared
    reference: 'The quick brown fox jumps over the lazy dog',
    prediction: 'The quick brown dog jumps on the log.',
    metric: 'rouge2',
    expected: { p: 2 / 7, r: 2 / 8, f: (2 * (2 / 7) * (2 / 8)) / (2 / 7 + 2 / 8) },
  },
  {
    // Lin (2004) §3.2 example: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5 → union LCS hits 4
    reference: 'w1 w2 w3 w4 w5',
    prediction: 'w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5',
    metric: 'rougeLsum',
    expected: { p: 4 / 10, r: 4 / 5, f: (2 * 0.4 * 0.8) / 1.2 },
  },
];

const METRICS = {
  rouge1: (a: string, b: string) => rougeN(a, b, 1),
  rouge2: (a: string, b: string) => rougeN(a, b, 2),
  rougeL,
  rougeLsum,
};

/** Throws when a known pair scores otherwise (to 1e-9). */
export const checkRouge = (): void => {
  for (const k of ROUGE_KNOWN_PAIRS) {
    const got = METRICS[k.metric](k.reference, k.prediction);
    for (const x of ['p', 'r', 'f'] as const)
      if (Math.abs(got[x] - k.expected[x]) > 1e-9)
        throw new Error(`ROUGE self-check failed: ${k.metric} ${x} ${got[x]} ≠ ${k.expected[x]}`);
  }
};
