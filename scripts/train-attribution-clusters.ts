/** Word classes for the attribution tagger from unlabelled news text, optionally cached in a folder. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corporaDir } from '../eval/lib/corpora-dir.js';
import { distributionalClusters } from '../src/ner/train/distributional-clusters.js';
import { newsTokens } from './ner-training-data.js';

/** Word → class path over PolNeAR train, a Multi-News sample and RAMS, lower-cased (seeded k-means tree). */
export const attributionClusters = (seed: number, cacheDir?: string): Map<string, string> => {
  const file = cacheDir ? join(cacheDir, `attribution-clusters-${seed}.json`) : null;
  if (file && existsSync(file))
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  const clusters = distributionalClusters(
    newsTokens(corporaDir()).map((s) => s.map((w) => w.toLowerCase())),
    {
      minCount: 3,
      maxWords: 40000,
      contextWords: 1000,
      dims: 96,
      branching: 4,
      depth: 6,
      iterations: 8,
      seed,
    },
  );
  if (file) writeFileSync(file, JSON.stringify(Object.fromEntries(clusters)));
  return clusters;
};
