import { gazetteerTags } from '../gazetteer-tags.js';
import { bioToBilou, labelIndex } from '../ner-labels.js';
import type { NerResources } from '../ner-resources.js';
import {
  documentFeatures,
  forEachContextFeature,
  isHistoryKey,
  wordFeatures,
  wordInfo,
} from '../token-features.js';
import type { EncodedDocument } from './averaged-perceptron.js';

export interface LabelledSentence {
  readonly words: readonly string[];
  /** BIO tags over PER/ORG/LOC/MISC. */
  readonly tags: readonly string[];
}

export type LabelledDocument = readonly LabelledSentence[];

/** All feature strings of each token of each sentence of a document, exactly as the tagger computes them. */
export const documentFeatureStrings = (
  doc: LabelledDocument,
  res: NerResources,
  wordMemo: Map<string, string[]>,
): string[][][] => {
  const flags = documentFeatures(doc.map((s) => s.words));
  return doc.map((s, k) => {
    const view = {
      info: s.words.map((w) => wordInfo(w, res)),
      gazetteer: gazetteerTags(s.words, res),
      doc: flags[k] ?? [],
      allCaps: s.words.every((w) => w.toUpperCase() === w),
      pairs: [],
    };
    return s.words.map((w, i) => {
      let local = wordMemo.get(w);
      if (local === undefined) {
        local = wordFeatures(w, res);
        wordMemo.set(w, local);
      }
      const f = local.slice();
      forEachContextFeature(view, i, (t, v) => f.push(`${t}=${v}`));
      return f;
    });
  });
};

/** Feature strings seen at least `minCount` times in the training documents, with ids. */
export const indexFeatures = (
  docs: readonly LabelledDocument[],
  res: NerResources,
  minCount: number,
  always: readonly string[],
): Map<string, number> => {
  const counts = new Map<string, number>();
  const memo = new Map<string, string[]>();
  for (const d of docs) {
    for (const s of documentFeatureStrings(d, res, memo)) {
      for (const fs of s) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
  }
  const index = new Map<string, number>(always.map((f, i) => [f, i]));
  for (const [f, n] of counts) if (n >= minCount && !index.has(f)) index.set(f, index.size);
  return index;
};

/** Documents as feature ids, BILOU label ids and history keys (unknown features dropped). */
export const encodeDocuments = (
  docs: readonly LabelledDocument[],
  res: NerResources,
  index: ReadonlyMap<string, number>,
): EncodedDocument[] => {
  const memo = new Map<string, string[]>();
  const keyIds = new Map<string, number>();
  return docs.map((d) => {
    const feats = documentFeatureStrings(d, res, memo);
    return d.map((s, k) => {
      const ids: number[] = [];
      const offsets = [0];
      for (const fs of feats[k] as string[][]) {
        for (const f of fs) {
          const id = index.get(f);
          if (id !== undefined) ids.push(id);
        }
        offsets.push(ids.length);
      }
      const keys = Int32Array.from(s.words, (w) => {
        if (!isHistoryKey(w)) return -1;
        const k = w.toLowerCase();
        if (!keyIds.has(k)) keyIds.set(k, keyIds.size);
        return keyIds.get(k) as number;
      });
      const gold = Int32Array.from(bioToBilou(s.tags), (l) => labelIndex.get(l) ?? 0);
      return { feats: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold, keys };
    });
  });
};
