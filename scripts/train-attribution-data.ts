/** PolNeAR documents as the attribution tagger sees them: tokens, facts, and gold labels per token. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { type PolnearDoc, type PolnearSplit, readPolnear } from '../eval/lib/polnear-corpus.js';
import { findQuotes } from '../src/analyse/attribution/find-quotes.js';
import { type TaggerDocument, taggerDocument } from '../src/analyse/attribution/tagger-features.js';
import { TAG_OF_ROLE, TAGGER_LABELS } from '../src/analyse/attribution/tagger-labels.js';
import { entitiesStage } from '../src/analyse/entities/entities-stage.js';
import { segmentStage } from '../src/analyse/segment/segment-stage.js';
import type { EntityMention } from '../src/model/entity-mention.js';
import { documentId } from '../src/model/ids.js';
import type { Token } from '../src/model/token.js';
import { runStages } from '../src/pipeline/run-stages.js';

export interface TaggerTrainingDoc {
  readonly doc: PolnearDoc;
  readonly tagged: TaggerDocument;
  /** Gold label index per token. */
  readonly gold: Int32Array;
}

const LABEL_ID = new Map<string, number>(TAGGER_LABELS.map((l, i) => [l, i]));

/** Gold BIO labels: a token takes the role of an annotated piece it overlaps; a new piece starts with B-. */
export const goldLabels = (doc: PolnearDoc, tokens: readonly Token[]): Int32Array => {
  const owner = new Array<string>(tokens.length).fill('');
  const gold = new Int32Array(tokens.length);
  doc.parts.forEach((a, n) => {
    for (const role of ['source', 'cue', 'content'] as const) {
      a[role].forEach((piece, k) => {
        let previous = false;
        for (let i = 0; i < tokens.length; i++) {
          const t = tokens[i]!.span;
          if (t.start >= piece.end) break;
          if (t.end <= piece.start) continue;
          gold[i] = LABEL_ID.get(`${previous ? 'I' : 'B'}-${TAG_OF_ROLE[role]}`)!;
          owner[i] = `${n}:${role}:${k}`;
          previous = true;
        }
      });
    }
  });
  void owner;
  return gold;
};

interface Cached {
  readonly tokens: Token[];
  readonly entities: EntityMention[];
}

/** Segment + entities over each document of the split (cached in `cacheDir` when given). */
export const taggerTrainingDocs = (
  split: PolnearSplit,
  clusters: ReadonlyMap<string, string>,
  cacheDir?: string,
  everyAnnotator = false,
): TaggerTrainingDoc[] => {
  const docs = readPolnear(split, everyAnnotator);
  const file = cacheDir ? `${cacheDir}/attribution-${split}${everyAnnotator ? '-all' : ''}.json` : null;
  let layers: Cached[];
  if (file && existsSync(file)) layers = JSON.parse(readFileSync(file, 'utf8')) as Cached[];
  else {
    layers = docs.map((doc, n) => {
      const a = runStages([segmentStage, entitiesStage], {
        documentId: documentId(`polnear-${n}`),
        text: doc.text,
        referenceDate: null,
        referenceWindow: null,
      });
      return { tokens: [...a.tokens], entities: [...a.entities] };
    });
    if (file) writeFileSync(file, JSON.stringify(layers));
  }
  return docs.map((doc, n) => {
    const { tokens, entities } = layers[n]!;
    const tagged = taggerDocument(doc.text, tokens, findQuotes(doc.text), entities, clusters);
    return { doc, tagged, gold: goldLabels(doc, tokens) };
  });
};
