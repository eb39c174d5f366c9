import type { DateRange, IsoDate } from '../../model/date.js';
import type { EventMention } from '../../model/event-mention.js';
import type { MentionId } from '../../model/ids.js';
import type { EventEvidence } from '../../model/picture.js';
import { spanContains } from '../../model/span.js';
import type { Stance } from '../../model/stance.js';
import type { TimeMention } from '../../model/time-mention.js';
import type { LinkedClaim } from '../claims/build-claims.js';
import { coveringAttribution } from '../claims/covering-attribution.js';
import type { EntityIndex } from '../entities/merge-entities.js';
import type { StoryDoc } from '../story-doc.js';
import { definitePhrase } from './definite-telling.js';

/** One telling of an event, resolved to the story's entities and figures. */
export interface Telling {
  readonly mention: EventMention;
  readonly doc: StoryDoc;
  readonly range: DateRange | null;
  readonly placeId: string | null;
  /**
   * Where the place lies as the gazetteer has it: its ISO country code and whether it is that country itself;
   * null when the place is unresolved or has no country.
   */
  readonly placeCountry: { readonly code: string; readonly whole: boolean } | null;
  readonly actorIds: readonly string[];
  readonly targetIds: readonly string[];
  /**
   * Per target (aligned with targetIds, so a renaming of ids keeps it): whether it is named as a person or an
   * organisation ("Maria", "the TSA"), not a group ("civilians", "rebels").
   */
  readonly targetNamed: readonly boolean[];
  readonly figureIds: readonly string[];
  readonly evidence: EventEvidence;
  /** Told inside a claim that another claim denies. */
  readonly deniedClaim: boolean;
  /** The index of the sentence of its report the telling starts in, null when in none. */
  readonly sentence: number | null;
  /** Told by a definite noun with no detail of its own ("the shooting", "the Nov. 1 shooting"; definitePhrase). */
  readonly definite: boolean;
}

/** The time mention's range; "since November 15" runs from the since-date to the report's date. */
const tellingRange = (time: TimeMention | null, published: IsoDate | null): DateRange | null => {
  const range = time?.range ?? null;
  if (range === null || time?.relation !== 'since' || published === null || published < range.start)
    return range;
  return { ...range, end: published };
};

/** The country of a telling's place mention as resolved in its report (see Telling.placeCountry). */
const placeCountryOf = (doc: StoryDoc, placeId: MentionId | null): Telling['placeCountry'] => {
  const geo = placeId === null ? undefined : doc.analysis.places.find((p) => p.mentionId === placeId)?.geo;
  return geo?.country == null ? null : { code: geo.country, whole: geo.precision === 'country' };
};

/** Entity mentions of these types name one someone: a victim so named singles out one happening. */
const NAMED_TYPES: ReadonlySet<string> = new Set(['person', 'organization']);

/** The entities of the targets, each once, and whether any mention of it is named (NAMED_TYPES). */
const targetsOf = (doc: StoryDoc, mention: EventMention, entityOf: (m: MentionId) => string | null) => {
  const named = new Map<string, boolean>();
  for (const m of mention.targetIds) {
    const id = entityOf(m);
    const type = doc.analysis.entities.find((e) => e.id === m)?.type ?? 'other';
    if (id !== null) named.set(id, (named.get(id) ?? false) || NAMED_TYPES.has(type));
  }
  return { targetIds: [...named.keys()], targetNamed: [...named.values()] };
};

const ids = (ms: readonly MentionId[], of: (m: MentionId) => string | null): string[] => [
  ...new Set(ms.map(of).filter((x) => x !== null)),
];

/** Per report, its claims that some claim of the story denies: what eventTelling reads as `deniedClaims`. */
export const deniedClaimsOf = (
  claims: readonly LinkedClaim[],
): ((doc: StoryDoc) => readonly LinkedClaim[]) => {
  const denied = new Set(claims.filter((c) => c.claim.stance === 'denies').map((c) => c.answers));
  const byDoc = new Map<StoryDoc, LinkedClaim[]>();
  for (const c of claims) if (denied.has(c.claim.id)) byDoc.set(c.doc, [...(byDoc.get(c.doc) ?? []), c]);
  return (doc) => byDoc.get(doc) ?? [];
};

/**
 * A telling's stance: 'denies' for modality denied; a happening told under a denial of something else ("denied
 * any responsibility for the killing": the killing is told) 'asserts'; else the attribution's stance, else
 * 'asserts'.
 */
export const tellingStance = (modality: EventMention['modality'], stance: Stance | null): Stance =>
  modality === 'denied'
    ? 'denies'
    : modality === 'happened' && stance === 'denies'
      ? 'asserts'
      : (stance ?? 'asserts');

/**
 * Resolves an event mention: its stance by tellingStance, from the attribution it is told under (its
 * attributionId, else the innermost attribution containing its trigger); whether it is a definite noun
 * (definitePhrase), whose date, when the mention has none, is the time told inside that noun phrase.
 */
export const eventTelling = (
  doc: StoryDoc,
  mention: EventMention,
  entities: EntityIndex,
  figureOf: (m: MentionId) => string | null,
  deniedClaims: readonly LinkedClaim[],
): Telling => {
  const { attributions, times, tokens } = doc.analysis;
  const attribution =
    attributions.find((a) => a.id === mention.attributionId) ??
    coveringAttribution(attributions, mention.trigger);
  // deniedClaims: the claims of this report that another claim denies (deniedClaimsOf)
  const deniedClaim = deniedClaims.some((c) => spanContains(c.attribution.content, mention.trigger));
  const sentence = doc.analysis.sentences.findIndex(
    (s) => s.span.start <= mention.span.start && mention.span.start < s.span.end,
  );
  const phrase = definitePhrase(doc.report.text, mention.trigger, tokens, times);
  // a definite noun's own date ("the Nov. 1 shooting") dates it when the mention has none
  const timeId = mention.timeId ?? phrase.timeId;
  return {
    mention,
    doc,
    range: tellingRange(times.find((t) => t.id === timeId) ?? null, doc.report.published),
    placeId: entities.entityOf(mention.placeId),
    placeCountry: placeCountryOf(doc, mention.placeId),
    actorIds: ids(mention.actorIds, entities.entityOf),
    ...targetsOf(doc, mention, entities.entityOf),
    figureIds: ids(mention.figureIds, figureOf),
    evidence: {
      documentId: doc.report.id,
      start: mention.span.start,
      end: mention.span.end,
      claimantId: entities.entityOf(attribution?.sourceMentionId ?? null),
      stance: tellingStance(mention.modality, attribution?.stance ?? null),
      triggerStart: mention.trigger.start,
      triggerEnd: mention.trigger.end,
      producer: mention.evidence.producer,
    },
    deniedClaim,
    sentence: sentence < 0 ? null : sentence,
    definite: phrase.definite,
  };
};
