/**
 * Perturbed copies of a labelled report set, so thresholds are chosen where they hold rather than where one
 * sample happens to peak: a seeded share of the reports (as if fewer had arrived), or every report cut to its
 * first sentences (short reports) and analysed again.
 */
import type { Sentence } from '../../src/model/sentence.js';
import { analysed, type Labelled } from './stories-corpora.js';

/** FNV-1a (32 bit) of a string, as a number in [0, 1). */
export const unitHash = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 4294967296;
};

/** The items whose hash of (seed, report id) falls below `share`: the same items whatever their order. */
export const subsample = <T extends { readonly doc: { readonly report: { readonly id: string } } }>(
  items: readonly T[],
  share: number,
  seed: number,
): T[] => items.filter((x) => unitHash(`${seed}:${x.doc.report.id}`) < share);

/** The text up to the end of its `n`-th sentence (all of it when it has fewer). */
export const leadText = (text: string, sentences: readonly Pick<Sentence, 'span'>[], n: number): string =>
  sentences.length <= n ? text : text.slice(0, sentences[n - 1]!.span.end);

/** Every report cut to its first `n` sentences and analysed again. */
export const firstSentences = (items: readonly Labelled[], n: number): Labelled[] =>
  items.map((x) => ({
    ...x,
    doc: analysed({
      ...x.doc.report,
      text: leadText(x.doc.report.text, x.doc.analysis.sentences, n),
      offsetMap: [],
    }),
  }));

/** The perturbations thresholds are tuned over: full, first five sentences, three random halves, a quarter. */
export const perturbations = (items: readonly Labelled[]): { name: string; items: Labelled[] }[] => [
  { name: 'full', items: [...items] },
  { name: 'first5', items: firstSentences(items, 5) },
  ...[1, 2, 3].map((seed) => ({ name: `half${seed}`, items: subsample(items, 0.5, seed) })),
  { name: 'quarter', items: subsample(items, 0.25, 4) },
];
