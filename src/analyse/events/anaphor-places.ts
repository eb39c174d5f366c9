import type { EntityMention } from '../../model/entity-mention.js';
import type { PlaceResolution } from '../../model/geo.js';
import type { MentionId } from '../../model/ids.js';
import { antecedentOf } from '../geo/place-anaphora.js';

/** The definite place nouns the geo stage resolved ("the city"), as the events stage reads them. */
export interface AnaphorPlaces {
  /** One place mention per resolved noun: its span the noun phrase, its key and name its antecedent's. */
  readonly mentions: readonly EntityMention[];
  /** The antecedent of such a mention's id; any other id unchanged. */
  readonly antecedent: (id: MentionId) => MentionId;
}

/**
 * "Shelling hit Aleppo. The army now holds eastern parts of the city": the geo stage resolves "the city" to the
 * mention of Aleppo before it (`antecedentOf`); here each such noun becomes a place mention the roles can
 * choose, and an event placed at it is placed at its antecedent, so linking and the picture see Aleppo.
 * A resolution whose antecedent is not among `entities` is left out.
 */
export const anaphorPlaces = (
  entities: readonly EntityMention[],
  places: readonly PlaceResolution[],
): AnaphorPlaces => {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const back = new Map<MentionId, MentionId>();
  const mentions: EntityMention[] = [];
  for (const p of places) {
    const to = antecedentOf(p);
    const e = to === null ? undefined : byId.get(to);
    if (to === null || e === undefined) continue;
    back.set(p.mentionId, to);
    mentions.push({
      id: p.mentionId,
      span: p.evidence.span,
      type: 'place',
      key: e.key,
      name: e.name,
      anaphoric: true,
      evidence: p.evidence,
    });
  }
  return { mentions, antecedent: (id) => back.get(id) ?? id };
};
