import { JOINT_SOURCE_BLOCKS, JOINT_SOURCE_LINKS } from '../../lang/en/attribution-syntax.js';
import type { Attribution } from '../../model/attribution.js';
import type { EntityMention, EntityType } from '../../model/entity-mention.js';
import type { MentionId } from '../../model/ids.js';
import { spanContains } from '../../model/span.js';
import type { EntityIndex } from '../entities/merge-entities.js';
import type { StoryDoc } from '../story-doc.js';

const SPEAKERS: ReadonlySet<EntityType> = new Set(['person', 'organization', 'group']);
const WORDS = /[\p{L}&’']+|,/gu;

/** Whether the text between two names joins them as speakers ("X and Y", "X, Y and Z"), not describes one. */
const joins = (between: string): boolean => {
  const words = between.toLowerCase().match(WORDS) ?? [];
  const text = words.join(' ');
  if (words.some((w) => JOINT_SOURCE_BLOCKS.has(w))) return false;
  return (
    words.some((w) => JOINT_SOURCE_LINKS.has(w) || w === ',') ||
    [...JOINT_SOURCE_LINKS].some((l) => l.includes(' ') && text.includes(l))
  );
};

/**
 * The other speakers named jointly with an attribution's source ("the Observatory and state news agency SANA
 * said": SANA beside the Observatory), as entity mentions inside the source phrase, in text order; [] when the
 * source names one speaker (or none). Each claims the content as much as the source's own entity does.
 */
export const jointSources = (
  text: string,
  attribution: Pick<Attribution, 'source' | 'sourceMentionId'>,
  mentions: readonly EntityMention[],
): readonly MentionId[] => {
  const { source, sourceMentionId } = attribution;
  if (source === null || sourceMentionId === null) return [];
  const inside = mentions
    .filter((m) => SPEAKERS.has(m.type) && spanContains(source, m.span))
    .sort((a, b) => a.span.start - b.span.start)
    .filter((m, i, all) => i === 0 || m.span.start >= all[i - 1]!.span.end);
  const at = inside.findIndex((m) => m.id === sourceMentionId);
  if (at < 0) return [];
  const joined = new Set<number>([at]);
  for (
    let i = at + 1;
    i < inside.length && joins(text.slice(inside[i - 1]!.span.end, inside[i]!.span.start));
    i++
  )
    joined.add(i);
  for (let i = at - 1; i >= 0 && joins(text.slice(inside[i]!.span.end, inside[i + 1]!.span.start)); i--)
    joined.add(i);
  return inside.filter((_, i) => i !== at && joined.has(i)).map((m) => m.id);
};

/** The entities of an attribution's joint sources, other than its claimant, once each ([] without attribution). */
export const coClaimantIds = (
  doc: StoryDoc,
  attribution: Attribution | null,
  entities: EntityIndex,
  claimantId: string | null,
): readonly string[] => {
  if (attribution === null) return [];
  const ids = jointSources(doc.report.text, attribution, doc.analysis.entities).map((m) =>
    entities.entityOf(m),
  );
  return [...new Set(ids)].filter((id): id is string => id !== null && id !== claimantId);
};
