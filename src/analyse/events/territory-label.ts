import {
  NON_STATE_ACRONYMS,
  NON_STATE_ACTORS,
  PLACE_TAKEN,
  POWER_TAKEN,
  RETAKE_CONTROL,
  STATE_ACRONYMS,
  STATE_ACTORS,
  TAKE_CONTROL,
} from '../../lang/en/events-acled-territory.js';

export type TerritoryLabel = 'GOV_REGAINS_TERIT' | 'NON_STATE_ACTOR_OVERTAKES_TER';

/** A place changing hands: where the verb is, and which side took it. */
export interface TerritoryHit {
  readonly index: number;
  readonly label: TerritoryLabel;
  /** 1 when a side is named (as taker or loser) or the verb is a retaking; 0.5 for a bare "took the town". */
  readonly strength: number;
}

type Side = 'state' | 'non-state';

const VERB_RE = new RegExp(`\\b(?:(?<retake>${RETAKE_CONTROL})|(?<take>${TAKE_CONTROL}))\\b`, 'giu');
const OBJECT_RE = new RegExp(`^\\s+(?:[\\w'’-]+\\s+){0,4}(?:${PLACE_TAKEN})\\b`, 'iu');
const POWER_RE = new RegExp(POWER_TAKEN, 'iu');
const PLACE_IN_RE = new RegExp(`\\b${PLACE_TAKEN}\\b`, 'iu');
const NAME_RE = /^\s+(?:the\s+)?[A-Z][\w'’-]+/u;
const PASSIVE_BEFORE_RE = /\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$/iu;
const FELL_RE = /^(?:fell|fall|falls|fallen)\b/iu;
const sideRes = (flags: string) => ({
  state: new RegExp(`\\b(?:${STATE_ACTORS})\\b`, `g${flags}`),
  nonState: new RegExp(`\\b(?:${NON_STATE_ACTORS})\\b`, `g${flags}`),
});
const WORDS = sideRes('iu');
const ACRONYMS = {
  state: new RegExp(`\\b${STATE_ACRONYMS}\\b`, 'gu'),
  nonState: new RegExp(`\\b${NON_STATE_ACRONYMS}\\b`, 'gu'),
};
const LEFT_REACH = 90;
const RIGHT_REACH = 60;

/** The side named last (nearest the end) in a stretch of text, or the first when `first`. */
const sideIn = (stretch: string, first: boolean): Side | null => {
  const found: [number, Side][] = [];
  for (const re of [WORDS.state, ACRONYMS.state])
    for (const m of stretch.matchAll(re)) found.push([m.index, 'state']);
  for (const re of [WORDS.nonState, ACRONYMS.nonState])
    for (const m of stretch.matchAll(re)) found.push([m.index, 'non-state']);
  if (found.length === 0) return null;
  found.sort((a, b) => a[0] - b[0]);
  return (first ? found[0] : found.at(-1))![1];
};

const sentenceBefore = (text: string, at: number): string => {
  const from = Math.max(0, at - LEFT_REACH);
  const stretch = text.slice(from, at);
  const stop = Math.max(stretch.lastIndexOf('. '), stretch.lastIndexOf('; '), stretch.lastIndexOf(', who'));
  return stop >= 0 ? stretch.slice(stop + 2) : stretch;
};

/**
 * Every place taken in the text, labelled by the side that took it: the subject before the verb, "by X" after a
 * passive verb, "fell to X"; failing those, a side named as the loser ("from the army") or the verb itself
 * (retaking is what governments mostly do).
 */
export const territoryHits = (text: string): readonly TerritoryHit[] => {
  const hits: TerritoryHit[] = [];
  for (const m of text.matchAll(VERB_RE)) {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + RIGHT_REACH);
    // a coup ("seized power", "took control of the country") takes no place
    if (POWER_RE.test(after)) continue;
    const passive = PASSIVE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 20), m.index));
    const fell = FELL_RE.test(m[0]);
    const byActor = /^\s+by\s/iu.test(after) ? sideIn(after, true) : null;
    const before = sentenceBefore(text, m.index);
    const object = OBJECT_RE.test(after) || NAME_RE.test(after) || PLACE_IN_RE.test(m[0]);
    // "The town was captured (by X)": the place is the subject.
    const placeSubject = passive && PLACE_IN_RE.test(before);
    if (!object && !fell && !(passive && byActor) && !placeSubject) continue;
    const loser = /\bfrom\s/iu.exec(after);
    const loserSide = loser ? sideIn(after.slice(loser.index), true) : null;
    const taker = fell ? sideIn(after, true) : passive ? byActor : sideIn(before, false);
    const loserTaker: Side | null =
      loserSide === 'state' ? 'non-state' : loserSide === 'non-state' ? 'state' : null;
    const side: Side = taker ?? loserTaker ?? 'state';
    hits.push({
      index: m.index,
      label: side === 'state' ? 'GOV_REGAINS_TERIT' : 'NON_STATE_ACTOR_OVERTAKES_TER',
      strength: taker !== null || loserTaker !== null || m.groups?.retake ? 1 : 0.5,
    });
  }
  return hits;
};
