import type { NerResources } from './ner-resources.js';
import { wordShape } from './word-shape.js';

/** Cluster path prefix lengths used as features (coarse to fine, like Brown-cluster prefixes). */
export const CLUSTER_LEVELS: readonly number[] = [2, 4, 6];
/** Path prefix length of the neighbours' cluster features. */
const NEIGHBOUR_LEVEL = 4;

const hasUpper = (w: string): boolean => w.toLowerCase() !== w;
const hasLower = (w: string): boolean => w.toUpperCase() !== w;

/** Features of a word alone, whatever its context: cacheable per word form. */
export const wordFeatures = (word: string, res: NerResources): string[] => {
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  const f = ['b', `w=${word}`, `l=${lower}`, `s=${shape}`];
  const n = lower.length;
  for (let k = 1; k <= 4 && k < n; k++) f.push(`p${k}=${word.slice(0, k)}`, `x${k}=${lower.slice(n - k)}`);
  if (hasUpper(word.charAt(0)) && hasLower(word)) f.push('T');
  if (n > 1 && hasUpper(word) && !hasLower(word)) f.push('A');
  if (/\d/.test(word)) f.push('D');
  if (word.includes('-')) f.push('H');
  if (word.includes('.') && n > 1) f.push('P');
  const c = res.clusters.get(word) ?? res.clusters.get(lower);
  if (c === undefined) f.push('c=none');
  else for (const k of CLUSTER_LEVELS) if (k <= c.length) f.push(`c${k}=${c.slice(0, k)}`);
  return f;
};

/** What the context features read of each word. */
export interface WordInfo {
  readonly lower: string;
  readonly shape: string;
  readonly cluster: string;
}

export const wordInfo = (word: string, res: NerResources): WordInfo => {
  const lower = word.toLowerCase();
  const c = res.clusters.get(word) ?? res.clusters.get(lower);
  return { lower, shape: wordShape(word), cluster: c === undefined ? '-' : c.slice(0, NEIGHBOUR_LEVEL) };
};

/** One sentence as the context features see it. */
export interface SentenceView {
  readonly info: readonly WordInfo[];
  /** Gazetteer tag per token ("" outside entries). */
  readonly gazetteer: readonly string[];
  /** Document-level features per token, see documentFeatures. */
  readonly doc: readonly (readonly string[])[];
  /** True when the sentence has no lower-case letters (a headline or dateline). */
  readonly allCaps: boolean;
  /** Memo of "previous|current" lower-case pairs by index (token i's "ll" is token i-1's "lr"). */
  readonly pairs: string[];
}

const pairAt = (v: SentenceView, i: number): string => {
  let p = v.pairs[i];
  if (p === undefined) {
    p = `${wordAt(v.info, i - 1).lower}|${wordAt(v.info, i).lower}`;
    v.pairs[i] = p;
  }
  return p;
};

const START: WordInfo = { lower: '<s>', shape: '<s>', cluster: '<s>' };
const END: WordInfo = { lower: '</s>', shape: '</s>', cluster: '</s>' };

/** Features a token takes from the word at a relative offset alone: [offset, template, part read]. */
export const NEIGHBOUR_FEATURES: readonly (readonly [number, string, keyof WordInfo])[] = [
  [-1, 'l-1', 'lower'],
  [1, 'l+1', 'lower'],
  [-2, 'l-2', 'lower'],
  [2, 'l+2', 'lower'],
  [-1, 's-1', 'shape'],
  [1, 's+1', 'shape'],
  [-1, 'c-1', 'cluster'],
  [1, 'c+1', 'cluster'],
];

/** The word standing at offset k from a sentence (boundary markers outside it). */
export const wordAt = (info: readonly WordInfo[], k: number): WordInfo => info[k] ?? (k < 0 ? START : END);

/**
 * Calls `emit(template, value)` for each feature of token i that depends on its neighbours, sentence
 * position, name-list matches or document. The feature's name is `${template}=${value}`. With
 * `memoised` true the NEIGHBOUR_FEATURES and document features are left out (the tagger adds them
 * from its memos).
 */
export const forEachContextFeature = (
  v: SentenceView,
  i: number,
  emit: (template: string, value: string) => void,
  memoised = false,
): void => {
  const { info, gazetteer } = v;
  if (!memoised) for (const [k, t, part] of NEIGHBOUR_FEATURES) emit(t, wordAt(info, i + k)[part]);
  const p1 = wordAt(info, i - 1);
  const w = wordAt(info, i);
  const n1 = wordAt(info, i + 1);
  emit('ll', pairAt(v, i));
  emit('lr', pairAt(v, i + 1));
  emit('sss', `${p1.shape}|${w.shape}|${n1.shape}`);
  emit('g0', gazetteer[i] as string);
  emit('g-1', gazetteer[i - 1] ?? '<s>');
  emit('g+1', gazetteer[i + 1] ?? '</s>');
  if (i === 0) emit('first', w.shape);
  if (v.allCaps) {
    emit('capsl', w.lower);
    emit('capss', w.shape);
  }
  if (!memoised) for (const d of v.doc[i] ?? []) emit(DOCUMENT_TEMPLATE, d);
};

export const DOCUMENT_TEMPLATE = 'd';

const NONE: readonly string[] = [];
/** Context words aggregated per capitalised word (Ratinov & Roth's "context aggregation"), at most this many. */
const MAX_AGGREGATE = 8;

/**
 * Document-level features of each capitalised token: whether the word is also used in lower case ("lc"),
 * capitalised mid-sentence elsewhere when sentence-initial here ("mid"), and the words next to its
 * other occurrences ("<x" / ">x").
 */
export const documentFeatures = (sentences: readonly (readonly string[])[]): (readonly string[])[][] => {
  const lowerUse = new Set<string>();
  const midCap = new Set<string>();
  const around = new Map<string, Set<string>>();
  for (const s of sentences) {
    s.forEach((w, i) => {
      if (!hasUpper(w)) lowerUse.add(w);
      else if (i > 0) midCap.add(w);
      if (!hasUpper(w.charAt(0))) return;
      const a = around.get(w.toLowerCase()) ?? new Set<string>();
      if (a.size < MAX_AGGREGATE) a.add(`<${(s[i - 1] ?? '<s>').toLowerCase()}`);
      if (a.size < MAX_AGGREGATE) a.add(`>${(s[i + 1] ?? '</s>').toLowerCase()}`);
      around.set(w.toLowerCase(), a);
    });
  }
  // Tokens of the same word with the same flags share one array, so the tagger can memoise its scores.
  const shared = new Map<string, readonly string[]>();
  return sentences.map((s) =>
    s.map((w, i) => {
      if (!hasUpper(w.charAt(0))) return NONE;
      const mid = i === 0 && midCap.has(w);
      const key = mid ? `${w}\u0000` : w;
      let f = shared.get(key);
      if (f === undefined) {
        f = [
          ...(around.get(w.toLowerCase()) ?? []),
          ...(lowerUse.has(w.toLowerCase()) ? ['lc'] : []),
          ...(mid ? ['mid'] : []),
        ];
        shared.set(key, f);
      }
      return f;
    }),
  );
};

/** Whether a token's predictions are remembered for later sentences (keyed by its lower case, so "JAPAN" meets "Japan"). */
export const isHistoryKey = (word: string): boolean => hasUpper(word.charAt(0)) && word.length > 1;

/** History feature names, indexed like HISTORY_CLASSES. */
export const HISTORY_CLASSES: readonly string[] = ['O', 'PER', 'ORG', 'LOC', 'MISC'];
export const historyFeature = (cls: number): string => `h=${HISTORY_CLASSES[cls]}`;
