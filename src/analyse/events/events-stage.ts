import { ATTACK_TYPES, CAUSED_TYPES, PARTNER_TYPES, VICTIM_TYPES } from '../../lang/en/events-causes.js';
import type { Attribution } from '../../model/attribution.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { ChangeExtent, EventMention } from '../../model/event-mention.js';
import { type MentionId, mentionId } from '../../model/ids.js';
import { type Span, span, spanContains, spansOverlap } from '../../model/span.js';
import { defineStage } from '../../pipeline/stage.js';
import { groupBySentence, sentenceAt } from '../attribution/group-by-sentence.js';
import { anaphorPlaces } from './anaphor-places.js';
import { appositiveAgeClause } from './appositive-age.js';
import { appositiveDescriptionClause } from './appositive-description.js';
import { assignTimes } from './assign-times.js';
import { changeExtent } from './change-extent.js';
import { clauseOf, type TokenRange, tokenRange } from './clause-of.js';
import { continuesClause } from './continues-clause.js';
import { countryPart } from './country-part.js';
import { deniedRole } from './denied-role.js';
import { eventModality } from './event-modality.js';
import { eventRoles } from './event-roles.js';
import { genericPresent } from './generic-present.js';
import { pronounPlace } from './ground-place.js';
import { matchTriggers, type TriggerHit } from './match-triggers.js';
import { nearestMention } from './modifier-group.js';
import { namedPatientTime, namedPatientUse } from './named-patient-use.js';
import { ownClause } from './own-clause.js';
import { placeList } from './place-list.js';
import { pronounVictim } from './pronoun-victim.js';
import { sharedAuxiliaryClause } from './shared-auxiliary.js';
import { takenArea } from './taken-area.js';
import { triggerSense } from './trigger-sense.js';

export const EVENTS_STAGE_ID = 'analyse.events@18' as const;
const CONFIDENCE = { verb: 0.8, noun: 0.7 } as const;
/** How many sentences before a territory change's own the place "the town" stands for may be named in. */
const TAKEN_AREA_SENTENCES = 2;

/** The attribution whose content holds the trigger (the innermost when quotes nest), or null. */
const toldUnder = (attributions: readonly Attribution[], trigger: Span): Attribution | null => {
  let best: Attribution | null = null;
  for (const a of attributions) {
    if (!spanContains(a.content, trigger)) continue;
    if (!best || a.content.end - a.content.start < best.content.end - best.content.start) best = a;
  }
  return best;
};

/** Typed events from the trigger lexicon, with roles, place, time, figures, attribution and modality. */
export const eventsStage = defineStage({
  id: EVENTS_STAGE_ID,
  requires: ['sentences', 'tokens', 'entities', 'places', 'times', 'figures', 'attributions'],
  provides: ['events'],
  run: ({ sentences, tokens, entities, places, times, figures, attributions }, ctx) => {
    const { text, documentId } = ctx;
    const toksBySentence = groupBySentence(sentences, tokens);
    // "the city" the geo stage resolved is a place mention the roles may choose, placed at its antecedent
    const anaphors = anaphorPlaces(entities, places);
    const entitiesBySentence = groupBySentence(sentences, [...entities, ...anaphors.mentions]);
    const timesBySentence = groupBySentence(sentences, times);
    const figuresBySentence = groupBySentence(sentences, figures);
    const resolved = new Set<MentionId>(places.map((p) => p.mentionId));
    const isPlace = (e: EntityMention) => e.type === 'place' || resolved.has(e.id);
    const geos = new Map(places.map((p) => [p.mentionId, p.geo]));
    const geoOf = (e: EntityMention) => geos.get(e.id) ?? null;
    const precisionOf = (e: EntityMention) => geoOf(e)?.precision ?? null;
    const groupMention = nearestMention(entities);
    const sameSentence = (s: Span) => {
      const i = sentenceAt(sentences, s.start);
      return i >= 0 && i === sentenceAt(sentences, s.end - 1);
    };

    const hitsBySentence: TriggerHit[][] = sentences.map(() => []);
    for (const hit of matchTriggers(text, sameSentence)) {
      const si = sentenceAt(sentences, hit.span.start);
      const sensed = triggerSense(
        text,
        hit,
        entitiesBySentence[si]!,
        sentences[si]!.span,
        si > 0 ? { span: sentences[si - 1]!.span, entities: entitiesBySentence[si - 1]! } : null,
      );
      // "Maria Lopez's death": a noun told only of a named person
      const named = (h: TriggerHit) =>
        !h.trigger.namedPatient ||
        namedPatientUse(text, h.span, sentences[si]!.span, entitiesBySentence[si]!);
      if (sensed && named(sensed)) hitsBySentence[si]!.push(sensed);
    }

    // who a pronoun may stand for: the persons of the sentence before, else (it names none) of the one before it
    const pronounAntecedents = (si: number): readonly EntityMention[] => {
      const previous = entitiesBySentence[si - 1] ?? [];
      return previous.some((e) => e.type === 'person')
        ? previous
        : [...(entitiesBySentence[si - 2] ?? []), ...previous];
    };
    const events: EventMention[] = [];
    hitsBySentence.forEach((hits, si) => {
      if (hits.length === 0) return;
      const toks = toksBySentence[si]!;
      const sentenceStart = events.length;
      const ranges = hits.map((h) => tokenRange(toks, h.span.start, h.span.end));
      const sentenceTimes = timesBySentence[si]!;
      const clauseFits = ownClause(text, toks, ranges, sentenceTimes);
      // "convicted X in 2012 in Maria's death": only a time right by it dates a noun told of a named person
      const fits = (ti: number, hi: number) =>
        clauseFits(ti, hi) &&
        (!hits[hi]!.trigger.namedPatient || namedPatientTime(text, hits[hi]!.span, sentenceTimes[ti]!.span));
      const timeIds = assignTimes(
        hits.map((h) => h.span),
        sentenceTimes,
        fits,
      );
      const attackAt = (i: number) =>
        ranges.find((r, hi) => r.first <= i && i < r.last && ATTACK_TYPES.has(hits[hi]!.trigger.type)) ??
        null;
      hits.forEach((hit, hi) => {
        const trigger = ranges[hi]!;
        const attribution = toldUnder(attributions, hit.span);
        // "X was shot, stabbed and beaten": a participle sharing an auxiliary across a comma is in its clause
        const shared = sharedAuxiliaryClause({ text, toks, trigger }, clauseOf(text, toks, trigger), (i) =>
          entitiesBySentence[si]!.some((e) => spanContains(e.span, toks[i]!.span)),
        );
        // "Maria Lopez, 47, was stabbed": a name's age between commas keeps the name the trigger's subject
        const nameEndsAt = (i: number) =>
          entitiesBySentence[si]!.some((e) => e.type === 'person' && e.span.end === toks[i]?.span.end);
        // "Omar Haddad, the brother of the ruler, was killed": so does a short description between commas
        let clause: TokenRange = appositiveDescriptionClause(
          { text, toks, trigger },
          appositiveAgeClause({ text, toks, trigger }, shared, nameEndsAt),
          nameEndsAt,
          (i) => entitiesBySentence[si]!.some((e) => spanContains(e.span, toks[i]!.span)),
        );
        if (attribution) {
          const inside = tokenRange(toks, attribution.content.start, attribution.content.end);
          clause = { first: Math.max(clause.first, inside.first), last: Math.min(clause.last, inside.last) };
        }
        const where = span(toks[clause.first]!.span.start, toks[clause.last - 1]!.span.end);
        // "Police immediately charge in to stop the shooting": what a kind of people does happens nowhere
        // "denied any responsibility for the killing": the killing is told, the denier's part denied
        const stance =
          attribution?.stance === 'denies' && deniedRole(text, attribution.content, hit.span.start)
            ? null
            : (attribution?.stance ?? null);
        const said = eventModality(toks, clause, trigger, stance);
        const generic =
          said === 'happened' &&
          genericPresent(
            toks,
            clause,
            trigger,
            sentenceTimes.map((t) => t.span),
            [...entitiesBySentence[si]!, ...figuresBySentence[si]!].map((m) => m.span),
          );
        const modality = generic ? 'hypothetical' : said;
        const roles = eventRoles({
          text,
          toks,
          clause,
          trigger,
          pos: hit.trigger.pos,
          entities: entitiesBySentence[si]!,
          isPlace,
          groupMention,
          ...(CAUSED_TYPES.has(hit.trigger.type) ? { attackAt } : {}),
          partners: PARTNER_TYPES.has(hit.trigger.type),
          victim: VICTIM_TYPES.has(hit.trigger.type),
        });
        // "she was kidnapped", "killed him": the one person named just before, when the trigger names no victim
        const victim =
          VICTIM_TYPES.has(hit.trigger.type) && roles.targetIds.length === 0
            ? pronounVictim({
                text,
                toks,
                trigger,
                pos: hit.trigger.pos,
                passive: roles.passive,
                entities: [...pronounAntecedents(si), ...entitiesBySentence[si]!],
                previousStart: sentences[si - 1]?.span.start ?? sentences[si]!.span.start,
                actorIds: roles.actorIds,
              })
            : null;
        // "…, killing both pilots": the actors (and, when it names none, the place) of the event before
        const previous = events.length > sentenceStart ? events.at(-1) : undefined;
        const inherits =
          previous !== undefined &&
          hit.trigger.pos === 'verb' &&
          !roles.passive &&
          roles.actorIds.length === 0 &&
          previous.trigger.end <= where.start &&
          continuesClause(toks, clause, trigger);
        // a territory change names each place it lists ("took X, Y and Z"), else its own, else the one "the
        // town" or "the north of the country" stands for, else the place of the event it continues
        const territory = hit.trigger.type === 'territory_change' && hit.trigger.pos === 'verb';
        const sentenceEntities = entitiesBySentence[si]!;
        const listed = territory
          ? placeList({ text, toks, trigger, end: toks.length, entities: sentenceEntities, isPlace })
          : [];
        const since = sentences[Math.max(0, si - TAKEN_AREA_SENTENCES)]!.span.start;
        const unplaced = territory && roles.placeId === null;
        // "the town" named by its kind, or "it" standing for the one place the sentence before names
        const area = unplaced
          ? (takenArea({ text, toks, trigger, entities, isPlace, precisionOf, since }) ??
            pronounPlace(text, hit.span, entitiesBySentence[si - 1] ?? [], isPlace))
          : null;
        const part =
          unplaced && area === null
            ? countryPart({ text, toks, trigger, end: clause.last, entities, sentenceEntities, geoOf })
            : null;
        const taken = area ?? part;
        const placeIds =
          listed.length > 0
            ? listed.map((e) => e.id)
            : [roles.placeId ?? taken?.id ?? (inherits ? previous.placeId : null)];
        // how much of its place a territory change took: a listed place or "the town" whole, "the north of the
        // country" part, its own place as its clause tells (changeExtent); an inherited place untold
        const extentOf = (): ChangeExtent | null => {
          if (hit.trigger.type !== 'territory_change') return null;
          if (listed.length > 0 || area !== null) return 'whole';
          if (part !== null) return 'part';
          const own = sentenceEntities.find((e) => e.id === roles.placeId);
          return own ? changeExtent({ text, toks, trigger, place: own, passive: roles.passive }) : null;
        };
        const extent = extentOf();
        const anaphoric = roles.placeId !== null && anaphors.antecedent(roles.placeId) !== roles.placeId;
        const placed =
          listed.length > 0
            ? '-listed'
            : roles.placeId === null && taken
              ? '-area'
              : anaphoric
                ? '-anaphor'
                : '';
        const marks = [
          roles.passive && '-passive',
          roles.caused && '-caused',
          inherits && '-continued',
          placed,
          victim !== null && '-pronoun-victim',
        ];
        const rule = `${hit.trigger.pos}-trigger${marks.filter(Boolean).join('')}`;
        // a list running past the clause's end (at a comma) is told in the clause with it
        const told = span(where.start, Math.max(where.end, listed.at(-1)?.span.end ?? 0));
        for (const placeId of placeIds)
          events.push({
            id: mentionId(documentId, 'ev', events.length + 1),
            trigger: hit.span,
            span: told,
            type: hit.trigger.type,
            modality,
            actorIds: inherits ? previous.actorIds : roles.actorIds.map(anaphors.antecedent),
            targetIds: victim === null ? roles.targetIds.map(anaphors.antecedent) : [victim.id],
            placeId: placeId === null ? null : anaphors.antecedent(placeId),
            extent: placeId === null ? null : extent,
            timeId: timeIds[hi] ?? null,
            figureIds: figuresBySentence[si]!.filter((f) => spansOverlap(f.span, where)).map((f) => f.id),
            attributionId: attribution?.id ?? null,
            evidence: {
              documentId,
              span: told,
              producer: EVENTS_STAGE_ID,
              rule,
              confidence: CONFIDENCE[hit.trigger.pos],
            },
          });
      });
    });
    return { events };
  },
});
