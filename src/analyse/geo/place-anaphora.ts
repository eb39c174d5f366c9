import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { countryCapital, gazetteerEntry } from '../../geo/lookup-place.js';
import { ANAPHOR_MIN_POPULATION, type AnaphorKind } from '../../lang/en/geo-anaphor-nouns.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { PlaceResolution } from '../../model/geo.js';
import { type DocumentId, type MentionId, mentionId } from '../../model/ids.js';
import type { Sentence } from '../../model/sentence.js';
import { sentenceAt } from '../attribution/group-by-sentence.js';
import { definitePlaceNouns } from './definite-place-nouns.js';
import { entryPoint } from './entry-point.js';

/** How many sentences may stand between the noun's own and the one its antecedent is named in. */
const SENTENCE_REACH = 3;
const CONFIDENCE = 0.6;
/** The prefix of the mention ids of definite place nouns (`doc:pa1`), apart from the entities' `e`. */
const ID_PREFIX = 'pa';

const ANTECEDENT = ':antecedent=';
const RULE = /^anaphor:the-[a-z]+:antecedent=/;

/**
 * The mention a definite place noun's resolution stands for (its antecedent's id, as `placeAnaphora` writes it
 * into the rule), or null for any other resolution: what readers of the places layer use to treat "the city"
 * as the place named before.
 */
export const antecedentOf = (p: PlaceResolution): MentionId | null =>
  RULE.test(p.evidence.rule)
    ? (p.evidence.rule.slice(p.evidence.rule.indexOf(ANTECEDENT) + ANTECEDENT.length) as MentionId)
    : null;

/** The place `e` gives "the <kind>" when it fits that kind, or null. */
const referent = (noun: string, kind: AnaphorKind, e: GazetteerEntry): GazetteerEntry | null => {
  switch (kind) {
    case 'town': {
      const fewest = ANAPHOR_MIN_POPULATION.get(noun) ?? 0;
      return e.precision === 'city' && e.featureCode.startsWith('PPL') && e.population >= fewest ? e : null;
    }
    case 'capital':
      if (e.featureCode === 'PPLC') return e;
      return e.precision === 'country' && e.country !== '' ? countryCapital(e.country) : null;
    case 'region':
      return e.featureCode === 'ADM1' ? e : null;
    case 'country':
      return e.precision === 'country' && e.id.startsWith('iso:') ? e : null;
  }
};

/**
 * Place resolutions for definite nouns that stand for a place named shortly before ("Shelling hit Aleppo. The
 * government holds most of the city"): "the city", "the town", "the capital", "the province", "the country",
 * … (see `definitePlaceNouns`) take the place of the nearest preceding mention resolved by the gazetteer, in
 * its sentence or with at most SENTENCE_REACH of `sentences` between, whose entry fits the noun (a town a
 * populated place, a city one of ANAPHOR_MIN_POPULATION; the capital a national capital, or a country's
 * capital; a province a first-level region; the country a country) — only
 * when every fitting mention in that reach stands for the same place (two towns named: no guess). Each gets
 * a mention id of its own (`pa`), the noun phrase as its span and the antecedent's id in its rule.
 */
export const placeAnaphora = (
  text: string,
  entities: readonly EntityMention[],
  resolutions: readonly PlaceResolution[],
  sentences: readonly Sentence[],
  documentId: DocumentId,
  producer: `${string}@${number}`,
): PlaceResolution[] => {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const resolved = resolutions
    .filter((r) => r.evidence.rule.startsWith('gazetteer') && r.geo.gazetteerId !== null)
    .flatMap((r) => {
      const mention = byId.get(r.mentionId);
      const entry = gazetteerEntry(r.geo.gazetteerId!);
      return mention && entry ? [{ mention, entry }] : [];
    })
    .sort((a, b) => a.mention.span.start - b.mention.span.start);
  const out: PlaceResolution[] = [];
  for (const noun of definitePlaceNouns(text, entities)) {
    const fitting: { id: MentionId; place: GazetteerEntry }[] = [];
    for (const { mention, entry } of resolved) {
      if (mention.span.end > noun.span.start) break;
      const between = sentenceAt(sentences, noun.span.start) - sentenceAt(sentences, mention.span.start) - 1;
      if (between > SENTENCE_REACH) continue;
      const place = referent(noun.noun, noun.kind, entry);
      if (place) fitting.push({ id: mention.id, place });
    }
    const nearest = fitting.at(-1);
    if (!nearest || fitting.some((f) => f.place.id !== nearest.place.id)) continue;
    out.push({
      mentionId: mentionId(documentId, ID_PREFIX, out.length + 1),
      geo: entryPoint(nearest.place),
      withinMentionId: null,
      evidence: {
        documentId,
        span: noun.span,
        producer,
        rule: `anaphor:the-${noun.noun}${ANTECEDENT}${nearest.id}`,
        confidence: CONFIDENCE,
      },
    });
  }
  return out;
};
