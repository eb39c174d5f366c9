import type { Token } from '../../model/token.js';
import { winkNlp } from '../segment/wink-nlp.js';

interface Node<T> {
  readonly next: Map<string, Node<T>>;
  value: T | null;
}

/** A phrase found in the text: tokens [first, last] and what the phrase stands for. */
export interface PhraseMatch<T> {
  readonly first: number;
  readonly last: number;
  readonly value: T;
}

/**
 * Longest-match phrase lookup over token norms (a trie, so one pass over the tokens). Phrases are tokenised by
 * the same tagger as the text, so "pro-government" and "U.N." split alike. `accept` may refuse a match by case.
 */
export const phraseMatcher = <T>(
  entries: readonly (readonly [string, T])[],
  accept: (value: T, surface: string) => boolean = () => true,
) => {
  const root: Node<T> = { next: new Map(), value: null };
  const nlp = winkNlp();
  for (const [phrase, value] of entries) {
    let node = root;
    for (const w of nlp.readDoc(phrase).tokens().out() as string[]) {
      const k = w.toLowerCase();
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), value: null };
        node.next.set(k, child);
      }
      node = child;
    }
    node.value ??= value;
  }
  /** Non-overlapping matches, left to right, longest first; none crosses a sentence. */
  return (tokens: readonly Token[], text: string): PhraseMatch<T>[] => {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      let node = root.next.get(tokens[i]!.norm);
      let best: PhraseMatch<T> | null = null;
      for (let j = i; node; ) {
        if (node.value !== null) {
          const surface = text.slice(tokens[i]!.span.start, tokens[j]!.span.end);
          if (accept(node.value, surface)) best = { first: i, last: j, value: node.value };
        }
        j += 1;
        const t = tokens[j];
        node = t && t.sentence === tokens[i]!.sentence ? node.next.get(t.norm) : undefined;
      }
      if (best) {
        out.push(best);
        i = best.last + 1;
      } else i += 1;
    }
    return out;
  };
};
