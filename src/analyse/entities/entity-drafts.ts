import type { EntityMention } from '../../model/entity-mention.js';
import { type DocumentId, mentionId } from '../../model/ids.js';
import { span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { entityKey } from './entity-key.js';
import type { KnownEntity } from './entity-registry.js';

export const ENTITIES_PRODUCER = 'analyse.entities@18';

/** A possessive the tokenizer left on a name's last word ("TSA's..." before an ellipsis). */
const GLUED_POSSESSIVE = /\p{L}['’]s$/u;

/** A resolved mention before it becomes an EntityMention: tokens [first, last] and its entity. */
export interface Draft {
  readonly first: number;
  readonly last: number;
  readonly entity: KnownEntity;
  readonly anaphoric: boolean;
  readonly rule: string;
  readonly confidence: number;
}

/**
 * Final mentions: spans, and each entity's best name: the span that spells its key if there is one, else its
 * longest non-anaphoric span in this document, else its label, else the mention's own span.
 */
export const draftsToMentions = (
  text: string,
  tokens: readonly Token[],
  drafts: readonly Draft[],
  documentId: DocumentId,
): EntityMention[] => {
  const words = new Set(tokens.map((t) => text.slice(t.span.start, t.span.end)));
  /**
   * Where a mention ends: its last token, without a possessive glued to it when the document writes the word
   * without it too ("TSA's" beside "TSA"; not "McDonald's").
   */
  const end = (last: number) => {
    const t = tokens[last]!.span;
    const word = text.slice(t.start, t.end);
    return GLUED_POSSESSIVE.test(word) && words.has(word.slice(0, -2)) ? t.end - 2 : t.end;
  };
  const best = new Map<string, string>();
  for (const d of drafts) {
    if (d.anaphoric) continue;
    const s = text.slice(tokens[d.first]!.span.start, end(d.last));
    const had = best.get(d.entity.key);
    if (had !== undefined && entityKey(had) === d.entity.key) continue;
    if (entityKey(s) === d.entity.key || s.length > (had?.length ?? 0)) best.set(d.entity.key, s);
  }
  return drafts.map((d, n) => {
    const s = span(tokens[d.first]!.span.start, end(d.last));
    return {
      id: mentionId(documentId, 'e', n),
      span: s,
      type: d.entity.type,
      key: d.entity.key,
      name: best.get(d.entity.key) ?? d.entity.label ?? text.slice(s.start, s.end),
      anaphoric: d.anaphoric,
      evidence: { documentId, span: s, producer: ENTITIES_PRODUCER, rule: d.rule, confidence: d.confidence },
    };
  });
};
