/** Test support for the claim filter tests: attributions and tagged tokens over invented sentences. */
import type { Attribution } from '../../model/attribution.js';
import type { EntityMention, EntityType } from '../../model/entity-mention.js';
import type { DocumentId } from '../../model/ids.js';
import { documentId, mentionId } from '../../model/ids.js';
import { type Span, span } from '../../model/span.js';
import type { Stance } from '../../model/stance.js';
import type { Token } from '../../model/token.js';

const doc = documentId('claim-test');

/** The span of the first `sub` in `text` (throws when absent). */
export const spanOf = (text: string, sub: string): Span => {
  const start = text.indexOf(sub);
  if (start < 0) throw new Error(`no "${sub}" in "${text}"`);
  return span(start, start + sub.length);
};

/** Mentions of `names` ([name, type]) at their first places in `text`, numbered from 1 in `doc`. */
export const mentionsIn = (
  doc: DocumentId,
  text: string,
  names: readonly (readonly [string, EntityType])[],
): EntityMention[] =>
  names.map(([name, type], n) => ({
    id: mentionId(doc, 'e', n + 1),
    span: spanOf(text, name),
    type,
    key: name.toLowerCase(),
    name,
    anaphoric: false,
    evidence: { documentId: doc, span: spanOf(text, name), producer: 'test@1', rule: 'test', confidence: 1 },
  }));

export interface AttributionSpec {
  readonly source: string | null;
  readonly cue: string;
  readonly content: string;
  readonly stance?: Stance;
  readonly direct?: boolean;
}

/** An attribution of `text` with the given source, cue and content words (first occurrences). */
export const attributionIn = (text: string, a: AttributionSpec): Attribution => ({
  id: mentionId(doc, 'a', 1),
  source: a.source === null ? null : spanOf(text, a.source),
  sourceMentionId: null,
  cue: spanOf(text, a.cue),
  content: spanOf(text, a.content),
  stance: a.stance ?? 'asserts',
  direct: a.direct ?? false,
  hedges: [],
  refersTo: null,
  evidence: {
    documentId: doc,
    span: spanOf(text, a.content),
    producer: 'test@1',
    rule: 'test',
    confidence: 1,
  },
});

/** Word tokens of `text`, tagged VERB when listed in `verbs`, else NOUN. */
export const taggedTokens = (text: string, verbs: readonly string[]): Token[] =>
  [...text.matchAll(/[\p{L}'’-]+/gu)].map((m) => ({
    span: span(m.index, m.index + m[0].length),
    kind: 'word',
    norm: m[0].toLowerCase(),
    pos: verbs.includes(m[0].toLowerCase()) ? 'VERB' : 'NOUN',
    sentence: 0,
  }));
