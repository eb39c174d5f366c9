/** Dev scoring inside the attribution tagger's training: labels per sequence → attributions → PolNeAR scores. */
import type { GoldAttribution } from '../eval/lib/polnear-corpus.js';
import { AttributionScorer } from '../eval/lib/polnear-score.js';
import { groupRuns, taggedRuns } from '../src/analyse/attribution/tagged-attributions.js';
import type { TaggerTrainingDoc } from './train-attribution-data.js';

/** Scores the tagger's attributions (labels per document, per sequence starting at token `a`) against gold. */
export const devScorer = (
  docs: readonly TaggerTrainingDoc[],
  seqs: readonly (readonly { readonly a: number }[])[],
  labels: readonly (readonly Int32Array[])[],
): AttributionScorer => {
  const scorer = new AttributionScorer();
  docs.forEach((d, k) => {
    const pred = labels[k]!.flatMap((y, i): GoldAttribution[] =>
      groupRuns(d.tagged.tokens, taggedRuns(y, seqs[k]![i]!.a)).attributions.map((x) => ({
        source: x.source,
        cue: x.cue,
        content: x.content,
      })),
    );
    scorer.add(pred, d.doc.gold);
  });
  return scorer;
};
