import { LABELS } from '../ner-labels.js';
import type { NerModelFile } from '../ner-model.js';
import type { NerResources } from '../ner-resources.js';
import type { PerceptronWeights } from './averaged-perceptron.js';

const L = LABELS.length;

/**
 * The file form of trained weights: features whose largest |weight| is under `prune` × the largest
 * weight overall are dropped, the rest quantised to Int16.
 */
export const toModelFile = (
  index: ReadonlyMap<string, number>,
  weights: PerceptronWeights,
  resources: NerResources,
  prune: number,
  meta: Readonly<Record<string, unknown>>,
): NerModelFile => {
  const w = weights.emission;
  let maxAbs = 0;
  for (const x of w) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = maxAbs / 32767 || 1;
  const features: string[] = [];
  const kept: number[] = [];
  for (const [f, id] of index) {
    let m = 0;
    for (let y = 0; y < L; y++) m = Math.max(m, Math.abs(w[id * L + y] as number));
    if (m >= prune * maxAbs) {
      features.push(f);
      kept.push(id);
    }
  }
  const q = new Int16Array(kept.length * L);
  kept.forEach((id, k) => {
    for (let y = 0; y < L; y++) q[k * L + y] = Math.round((w[id * L + y] as number) / scale);
  });
  return {
    format: 'sitrep-ner/1',
    labels: LABELS,
    features,
    weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64'),
    scale,
    transition: Array.from(weights.transition, (x) => Math.round(x * 1e4) / 1e4),
    clusters: Object.fromEntries(resources.clusters),
    gazetteer: Object.fromEntries(resources.gazetteer),
    meta,
  };
};
