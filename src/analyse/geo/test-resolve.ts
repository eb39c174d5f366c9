import type { EntityMention } from '../../model/entity-mention.js';
import { documentId, mentionId } from '../../model/ids.js';
import { span } from '../../model/span.js';
import { resolvePlaces } from './resolve-places.js';

const doc = documentId('d');

/** A [bracketed] place name of a test text and how the resolver placed it. */
export interface MarkedPlace {
  readonly name: string;
  /** The name's [start, end) in the text without brackets. */
  readonly start: number;
  readonly end: number;
  readonly gazetteerId: string | null;
  /** `~precision` for a point borrowed from context (no gazetteer id), else the gazetteer id; null unplaced. */
  readonly placed: string | null;
  readonly rule: string | null;
}

/** Test-only: the text of a test text without its brackets, and its [bracketed] names as place mentions. */
export const markedMentions = (
  marked: string,
  confidence = 0.75,
): { readonly text: string; readonly mentions: EntityMention[] } => {
  const mentions: EntityMention[] = [];
  let text = '';
  for (const part of marked.split(/(\[[^\]]+\])/)) {
    if (!part.startsWith('[')) {
      text += part;
      continue;
    }
    const name = part.slice(1, -1);
    const s = span(text.length, text.length + name.length);
    text += name;
    const evidence = { documentId: doc, span: s, producer: 'test@1' as const, rule: 'test', confidence };
    mentions.push({
      id: mentionId(doc, 'e', mentions.length),
      span: s,
      type: 'place',
      key: name,
      name,
      anaphoric: false,
      evidence,
    });
  }
  return { text, mentions };
};

/**
 * Test-only: resolves the [bracketed] names of a text as place mentions (the entities stage is not involved),
 * in text order. `confidence` is the mentions' typing confidence: below 1 as the entities stage gives, 1 for
 * toponyms a caller knows (gold).
 */
export const resolveMarked = (marked: string, confidence = 0.75): MarkedPlace[] => {
  const { text, mentions } = markedMentions(marked, confidence);
  const byMention = new Map(resolvePlaces(text, mentions, doc).map((p) => [p.mentionId, p]));
  return mentions.map((m) => {
    const p = byMention.get(m.id);
    const gazetteerId = p?.geo.gazetteerId ?? null;
    return {
      name: m.name,
      start: m.span.start,
      end: m.span.end,
      gazetteerId,
      placed: gazetteerId ?? (p ? `~${p.geo.precision}` : null),
      rule: p?.evidence.rule ?? null,
    };
  });
};
