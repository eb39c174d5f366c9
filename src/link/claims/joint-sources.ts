import { JOINT_SOURCE_BLOCKS, JOINT_SOURCE_LINKS } from '../../lang/en/attribution-syntax.js';
import type { Attribution } from '../../model/attribution.js';
import type { EntityMention, EntityType } from '../../model/entity-mention.js';
import type { MentionId } from '../../model/ids.js';
import { spanContains } from '../../model/span.js';
import type { EntityIndex } from '../entities/merge-entities.js';
import type { StoryDoc } from '../story-doc.js';

const SPEAKERS: ReadonlySet<EntityType> = new Set(['person', 'organization', 'group']);
const WORDS = /[\p{L}&’']+|,/gu;

type Join = 'link' | 'comma' | null;

/**
 * How the text between two names joins them as speakers: by a link ("X and Y", "X as well as Y"), by a comma
 * alone ("X, Y and Z" before its link), or not at all (a describing word between: "X, a member of Y").
 */
const joinOf = (between: string): Join => {
  const words = between.toLowerCase().match(WORDS) ?? [];
  const text = words.join(' ');
  if (words.some((w) => JOINT_SOURCE_BLOCKS.has(w))) return null;
  if (
    words.some((w) => JOINT_SOURCE_LINKS.has(w)) ||
    [...JOINT_SOURCE_LINKS].some((l) => l.includes(' ') && text.includes(l))
  )
    return 'link';
  return words.some((w) => w === ',') ? 'comma' : null;
};

/**
 * The other speakers named jointly with an attribution's source ("the Observatory and state news agency SANA
 * said": SANA beside the Observatory), as entity mentions inside the source phrase, in text order; [] when the
 * source names one speaker (or none). Each claims the content as much as the source's own entity does.
 */
export const jointSources = (
  text: string,
  attribution: Pick<Attribution, 'source' | 'sourceMentionId' | 'cue'>,
  mentions: readonly EntityMention[],
): readonly MentionId[] => {
  const { source, sourceMentionId } = attribution;
  if (source === null || sourceMentionId === null) return [];
  const { cue } = attribution;
  // only the source's side of the cue: "X told TV reporters" names no second speaker
  const sameSide = (m: EntityMention): boolean =>
    source.start < cue.start ? m.span.end <= cue.start : m.span.start >= cue.end;
  const inside = mentions
    .filter((m) => SPEAKERS.has(m.type) && spanContains(source, m.span) && sameSide(m))
    .sort((a, b) => a.span.start - b.span.start)
    .filter((m, i, all) => i === 0 || m.span.start >= all[i - 1]!.span.end);
  const at = inside.findIndex((m) => m.id === sourceMentionId);
  if (at < 0) return [];
  const gaps = inside.slice(1).map((m, i) => joinOf(text.slice(inside[i]!.span.end, m.span.start)));
  let first = at;
  while (first > 0 && gaps[first - 1] !== null) first -= 1;
  let last = at;
  while (last < gaps.length && gaps[last] !== null) last += 1;
  // a list ends with its link: commas after it set off a description ("X and Y, a TV anchor"), and a comma
  // alone is no list ("Heather Unruh, a former TV anchor")
  while (last > first && gaps[last - 1] === 'comma') last -= 1;
  if (last === first || at > last) return [];
  return inside.filter((_, i) => i !== at && i >= first && i <= last).map((m) => m.id);
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
