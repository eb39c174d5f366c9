import type { EntityMention } from '../../model/entity-mention.js';
import { documentId } from '../../model/ids.js';
import type { NerType } from '../../ner/ner-labels.js';
import { segmentStage } from '../segment/segment-stage.js';
import { findEntities } from './find-entities.js';
import type { NameFinder } from './find-name-runs.js';

/**
 * Test-only: the entity mentions of `text` when the tagger finds exactly the given runs ([surface, type]: every
 * occurrence of the surface outside a longer run), so that a table pins the rules on top of the tagger.
 */
export const typedMentions = (
  text: string,
  runs: readonly (readonly [string, NerType])[],
): EntityMention[] => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  const { tokens } = segmentStage.run({}, ctx);
  const finder: NameFinder = () =>
    runs
      .flatMap(([s, type]) => {
        const out = [];
        for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
          const first = tokens.findIndex((t) => t.span.start === at);
          const last = tokens.findIndex((t) => t.span.end === at + s.length);
          if (first >= 0 && last >= 0) out.push({ first, last, type });
        }
        return out;
      })
      .sort((a, b) => a.first - b.first || b.last - a.last)
      .filter((r, i, all) => i === 0 || r.first > all[i - 1]!.last);
  return findEntities(text, tokens, ctx.documentId, finder);
};

/** Test-only: a mention as a table row, [surface, start, type, key, anaphoric, rule]. */
export const mentionRow = (text: string, e: EntityMention) => [
  text.slice(e.span.start, e.span.end),
  e.span.start,
  e.type,
  e.key,
  e.anaphoric,
  e.evidence.rule,
];

/** Test-only: the rows (see `mentionRow`) of the tagged mentions whose surface is one of `wanted`. */
export const mentionRows = (text: string, wanted: readonly string[]) => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  return findEntities(text, segmentStage.run({}, ctx).tokens, ctx.documentId)
    .map((e) => mentionRow(text, e))
    .filter((r) => wanted.includes(r[0] as string));
};

/** Test-only: `typedMentions` as table rows, [surface, start, type, key, rule]. */
export const typedRows = (text: string, runs: readonly (readonly [string, NerType])[]) =>
  typedMentions(text, runs).map((e) => [
    text.slice(e.span.start, e.span.end),
    e.span.start,
    e.type,
    e.key,
    e.evidence.rule,
  ]);
