import { addDays, type DateRange } from '../../model/date.js';
import { definiteJoins, definiteKeys, victims } from './definite-join.js';
import type { Telling } from './event-telling.js';

const FACTUAL = new Set(['happened', 'denied']);

/** An event that ended this long before a report's date is history to that report. */
const HISTORY_DAYS = 365;

/**
 * A passage repeated verbatim in one report (a lede again as a caption) is one telling only when it is at
 * least this many words long: a short clause ("was killed") recurs for different happenings.
 */
const REPEAT_MIN_WORDS = 6;

/**
 * Whether a dated event is history to a telling with no date of its own: it ended over a year before that
 * telling's report ("2009's operation against Hamas" in a 2012 report), or, the report being undated, it is
 * dated only by a year. An undated telling ("Hamas ramped up rocket fire") tells the report's present, so it
 * does not join such an event; the report's own tellings and recent ones it still may.
 */
const historyTo = (undated: Telling, dated: DateRange): boolean => {
  const published = undated.doc.report.published ?? null;
  return published === null ? dated.precision === 'year' : dated.end < addDays(published, -HISTORY_DAYS);
};

const datesFit = (a: Telling, b: Telling): boolean => {
  if (a.range === null && b.range === null) return true;
  if (a.range === null) return !historyTo(a, b.range!);
  if (b.range === null) return !historyTo(b, a.range);
  return a.range.start <= b.range.end && b.range.start <= a.range.end;
};

const clauseOf = (t: Telling): string => t.doc.report.text.slice(t.mention.span.start, t.mention.span.end);

/** A clause long enough that its verbatim repeat is the same telling, not another happening told alike. */
const repeatable = (words: string): boolean => words.trim().split(/\s+/).length >= REPEAT_MIN_WORDS;

/** Same words, and the trigger at the same place in them. */
const sameWords = (a: Telling, b: Telling): boolean =>
  a.mention.type === b.mention.type &&
  a.mention.trigger.start - a.mention.span.start === b.mention.trigger.start - b.mention.span.start &&
  clauseOf(a) === clauseOf(b);

const sameClause = (a: Telling, b: Telling): boolean =>
  a.doc.report.id === b.doc.report.id &&
  a.mention.span.start === b.mention.span.start &&
  a.mention.span.end === b.mention.span.end;

/**
 * Verbatim the same telling elsewhere: in a near-duplicate of the report the other telling is in, or repeated
 * in the same report (another clause of at least REPEAT_MIN_WORDS words, word for word).
 */
export const copied = (a: Telling, b: Telling): boolean => {
  const [x, y] = [a.doc.report, b.doc.report];
  if (x.id === y.id) return !sameClause(a, b) && sameWords(a, b) && repeatable(clauseOf(a));
  return (x.duplicateOf === y.id || y.duplicateOf === x.id) && sameWords(a, b);
};

/**
 * Keys under which a telling and its retellings in the same report meet: its clause (another word of it), and,
 * for a clause of at least REPEAT_MIN_WORDS words, its words with the trigger's place in them (the clause
 * repeated word for word; see copied).
 */
export const retellingKeys = (t: Telling): string[] => {
  const { type, span, trigger } = t.mention;
  const here = `${t.doc.report.id}|${type}`;
  const words = clauseOf(t);
  return [
    `${here}|c:${span.start}-${span.end}`,
    ...(repeatable(words) ? [`${here}|w:${trigger.start - span.start}|${words}`] : []),
  ];
};

/**
 * Two tellings in one report that each state figures, none of them the same: two tolls told side by side
 * ("310 civilians killed in the assault … 69 killed by rebel fire") are two events, not one told twice. Across
 * reports differing figures are updates of one event.
 */
const otherTolls = (a: Telling, b: Telling): boolean =>
  a.doc.report.id === b.doc.report.id &&
  a.figureIds.length > 0 &&
  b.figureIds.length > 0 &&
  !a.figureIds.some((f) => b.figureIds.includes(f));

/** Event types whose happening is where it happened: ground taken is a place changing hands. */
const PLACE_BOUND = new Set(['territory_change']);

/** One place is a country and the other lies in it ("in Malaysia", "in Kuala Lumpur"). */
const countryAndPlaceIn = (a: Telling, b: Telling): boolean => {
  const [x, y] = [a.placeCountry, b.placeCountry];
  return x !== null && y !== null && x.code === y.code && x.whole !== y.whole;
};

/**
 * Not placed in two different places: a country and a place in it are not two (the one told more broadly);
 * a place-bound event (PLACE_BOUND) is where it happened, so there any two places are two.
 */
const placesAgree = (a: Telling, b: Telling): boolean =>
  a.placeId === null ||
  b.placeId === null ||
  a.placeId === b.placeId ||
  (!PLACE_BOUND.has(a.mention.type) && countryAndPlaceIn(a, b));

/**
 * Modalities that tell one event: the same; happened and denied; or, in one clause, two that are neither
 * ("fears it might put them in artillery shells": feared by one word, hypothetical by the other), which is one
 * telling of something that did not happen. A clause telling a happening and something not yet happened keeps
 * both.
 */
const modalitiesFit = (a: Telling, b: Telling): boolean => {
  const [x, y] = [a.mention.modality, b.mention.modality];
  if (x === y) return true;
  if (FACTUAL.has(x) || FACTUAL.has(y)) return FACTUAL.has(x) && FACTUAL.has(y);
  return sameClause(a, b);
};

/**
 * Same type; modalities that fit (modalitiesFit); dates overlap (an undated telling fits any date that is not
 * history to its report); not two places; not two tolls of one report.
 */
export const compatible = (a: Telling, b: Telling): boolean =>
  a.mention.type === b.mention.type &&
  modalitiesFit(a, b) &&
  datesFit(a, b) &&
  placesAgree(a, b) &&
  !otherTolls(a, b);

/** Told in one sentence of one report ("rebels advanced rapidly, taking the town of X"). */
const sameSentence = (a: Telling, b: Telling): boolean =>
  a.doc.report.id === b.doc.report.id && a.sentence !== null && a.sentence === b.sentence;

/**
 * A place-bound telling (a territory change) and an event one of which names a place and the other none: the
 * placeless telling ("made rapid advances") may be another happening, so they are one only when told in one
 * sentence (sameSentence) or one clause; a shared actor is not enough.
 */
const placedApart = (t: Telling, event: readonly Telling[]): boolean =>
  PLACE_BOUND.has(t.mention.type) && (t.placeId !== null) !== event.some((u) => u.placeId !== null);

/** Same place entity when both name one; otherwise a shared actor. */
export const samePlaceOrActor = (a: Telling, b: Telling): boolean =>
  a.placeId !== null && b.placeId !== null
    ? a.placeId === b.placeId
    : a.actorIds.some((x) => b.actorIds.includes(x));

/** Neither a place nor an actor: only its type, date and report tell what it is. */
const bare = (t: Telling): boolean => t.placeId === null && t.actorIds.length === 0;

/** Both name actors, and none the same. */
const otherActors = (a: Telling, b: Telling): boolean =>
  a.actorIds.length > 0 && b.actorIds.length > 0 && !a.actorIds.some((x) => b.actorIds.includes(x));

/**
 * A named victim shared ("Maria was abducted" … "Maria's abduction"), unless both name actors and none the same:
 * one person taken, killed or held is one happening of that type, under the date and modality checks
 * (compatible); a group ("civilians") is not named, so shared it tells nothing.
 */
export const sameVictim = (a: Telling, b: Telling): boolean =>
  !otherActors(a, b) && victims(a).some((x) => victims(b).includes(x));

/**
 * Two words of one clause naming one happening ("mortar shells and rockets hit open areas"), unless they name
 * other actors.
 */
const toldTogether = (a: Telling, b: Telling): boolean => sameClause(a, b) && !otherActors(a, b);

/** Where a bare telling's like may be: dated to one day, in any report of the story; else in its report. */
const bareScope = (t: Telling): string | null => {
  if (!bare(t) || t.range === null) return null;
  const { start, end, precision } = t.range;
  return precision === 'day' && start === end ? `${start}` : `${t.doc.report.id}@${start}/${end}`;
};

/**
 * Bare and dated the same, to the day or in one report: tellings no reader could tell apart. A story's
 * reports telling a killing on one day tell one killing; "killed in 2013" twice in two reports may be two.
 */
const sameBare = (a: Telling, b: Telling): boolean => {
  const scope = bareScope(a);
  return scope !== null && scope === bareScope(b);
};

/**
 * Whether a telling joins an event (not a copy of one of its tellings): it is compatible with every telling
 * of the event, and shares the place (or an actor when a place is missing) or a named victim (sameVictim) with
 * one, or is told in the same clause as one; a bare telling joins an event all of whose tellings are bare and
 * dated the same (sameBare); a plain definite noun ("the shooting") and the event told clearly meet
 * (definiteJoins). A territory change without a place and an event with one (or the other way round) join only
 * when told in one sentence (placedApart). The links are read before the compatibility of every telling.
 */
export const joins = (t: Telling, event: readonly Telling[]): boolean =>
  (placedApart(t, event)
    ? event.some((u) => sameSentence(t, u) || toldTogether(t, u))
    : event.some((u) => samePlaceOrActor(t, u) || sameVictim(t, u) || toldTogether(t, u)) ||
      event.every((u) => sameBare(t, u)) ||
      definiteJoins(t, event)) && event.every((u) => compatible(t, u));

/**
 * Keys of the events a telling may join: its type with its place, each actor, each named victim, its clause, its
 * bare date, a place-bound telling's sentence, and the definite-noun keys (definiteKeys).
 */
export const linkKeys = (t: Telling): string[] => {
  const type = t.mention.type;
  const { span } = t.mention;
  const sentence = PLACE_BOUND.has(type) && t.sentence !== null;
  return [
    ...(t.placeId === null ? [] : [`${type}|p:${t.placeId}`]),
    ...t.actorIds.map((a) => `${type}|a:${a}`),
    ...victims(t).map((v) => `${type}|v:${v}`),
    `${type}|c:${t.doc.report.id}@${span.start}-${span.end}`,
    ...(bareScope(t) === null ? [] : [`${type}|b:${bareScope(t)}`]),
    ...(sentence ? [`${type}|s:${t.doc.report.id}@${t.sentence}`] : []),
    ...definiteKeys(t),
  ];
};

/** The reports where a copy of a telling may sit: its own, its original and its copies. */
export const copyDocs = (t: Telling, copiesOf: (documentId: string) => readonly string[]): string[] => [
  t.doc.report.id,
  ...(t.doc.report.duplicateOf === null ? [] : [t.doc.report.duplicateOf]),
  ...copiesOf(t.doc.report.id),
];

const add = (index: Map<string, number[]>, key: string, event: number): void => {
  const list = index.get(key) ?? [];
  if (list.at(-1) !== event) list.push(event);
  index.set(key, list);
};

/**
 * Groups tellings (given in report then text order) into events: a verbatim copy (copied) joins the event of
 * what it copies; else a telling joins the first event it joins (joins). Candidate events are found through
 * indexes (by report; by linkKeys), so the work follows what a telling shares rather than the size of the
 * story.
 */
export const mergeTellings = (tellings: readonly Telling[]): Telling[][] => {
  const events: Telling[][] = [];
  const byDoc = new Map<string, number[]>();
  const byLink = new Map<string, number[]>();
  const copiesOf = new Map<string, string[]>();
  for (const t of tellings) {
    const original = t.doc.report.duplicateOf;
    if (original !== null) copiesOf.set(original, [...(copiesOf.get(original) ?? []), t.doc.report.id]);
  }
  const candidates = (index: Map<string, number[]>, keys: readonly string[]): number[] =>
    [...new Set(keys.flatMap((k) => index.get(k) ?? []))].sort((x, y) => x - y);
  for (const t of tellings) {
    const links = linkKeys(t);
    const home =
      candidates(
        byDoc,
        copyDocs(t, (id) => copiesOf.get(id) ?? []),
      ).find((e) => events[e]!.some((u) => copied(t, u))) ??
      candidates(byLink, links).find((e) => joins(t, events[e]!));
    const at = home ?? events.length;
    if (home === undefined) events.push([t]);
    else events[home]!.push(t);
    add(byDoc, t.doc.report.id, at);
    for (const k of links) add(byLink, k, at);
  }
  return events;
};
