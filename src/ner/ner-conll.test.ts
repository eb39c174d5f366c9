import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTagged, type TaggedSentence } from '../../eval/conll.js';
import { loadNerModel } from './load-ner-model.js';
import { SpanScorer } from './span-scorer.js';
import { tagDocument } from './tag-document.js';

// The shared corpora sit at /work/shared or ../shared beside the clone (as in CI); skipped elsewhere.
const corpora = ['/work/shared/corpora', join(process.cwd(), '..', 'shared', 'corpora')].find((d) =>
  existsSync(join(d, 'conll2003-en', 'test.txt')),
);

describe.skipIf(corpora === undefined)('committed model on CoNLL-2003 test', () => {
  it('keeps span F1 at or above the 0.88 bar', () => {
    const sentences = readTagged(join(corpora as string, 'conll2003-en', 'test.txt'), 'conll');
    const docs = new Map<number, TaggedSentence[]>();
    for (const s of sentences) docs.set(s.doc, [...(docs.get(s.doc) ?? []), s]);
    const scorer = new SpanScorer();
    for (const doc of docs.values()) {
      const tags = tagDocument(
        loadNerModel(),
        doc.map((s) => s.words),
      );
      doc.forEach((s, i) => {
        scorer.add(s.tags, tags[i] ?? []);
      });
    }
    expect(scorer.result().f1).toBeGreaterThanOrEqual(0.88);
  });
});
