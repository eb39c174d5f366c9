import { bioSpans } from '../bio-spans.js';
import type { LabelledSentence } from './encode-sentences.js';

export interface GazetteerOptions {
  /** Longest entry kept, in tokens. */
  readonly maxLength: number;
  /** A type is listed for an entry when it has at least this share of the entry's occurrences. */
  readonly minShare: number;
}

/**
 * A name list from labelled text: every entity string with the types it was tagged as. Entries without
 * a capital letter are dropped (they are mostly tagging noise).
 */
export const buildGazetteer = (
  sentences: readonly LabelledSentence[],
  opts: GazetteerOptions,
): Map<string, string> => {
  const counts = new Map<string, Map<string, number>>();
  const add = (key: string, type: string): void => {
    const m = counts.get(key) ?? new Map<string, number>();
    m.set(type, (m.get(type) ?? 0) + 1);
    counts.set(key, m);
  };
  for (const s of sentences) {
    for (const sp of bioSpans(s.tags)) {
      if (sp.end - sp.start > opts.maxLength) continue;
      const key = s.words.slice(sp.start, sp.end).join(' ');
      if (/\p{Lu}/u.test(key)) add(key, sp.type);
    }
  }
  const out = new Map<string, string>();
  for (const [key, m] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    const types = [...m]
      .filter(([, n]) => n / total >= opts.minShare)
      .map(([t]) => t)
      .sort();
    if (types.length > 0) out.set(key, types.join('|'));
  }
  return out;
};
