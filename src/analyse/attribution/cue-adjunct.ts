import {
  ADJUNCT_ADDRESSEE_PREPOSITION,
  ADJUNCT_INFINITIVES,
  ADJUNCT_TIME_LEADS,
  ADJUNCT_TIME_MODIFIERS,
  ADJUNCT_TIME_NOUNS,
  ADJUNCT_TO_OBJECT_CUES,
} from '../../lang/en/attribution-cue-adjuncts.js';
import { CUE_ADVERBIAL_STARTS } from '../../lang/en/attribution-syntax.js';
import { AUXILIARY_VERBS } from '../../lang/en/auxiliary-verbs.js';
import type { Token } from '../../model/token.js';
import type { SentenceView } from './attribution-draft.js';

const LEADS: ReadonlySet<string> = new Set(ADJUNCT_TIME_LEADS);
const NOUNS: ReadonlySet<string> = new Set(ADJUNCT_TIME_NOUNS);
const MODIFIERS: ReadonlySet<string> = new Set(ADJUNCT_TIME_MODIFIERS);
const INFINITIVES: ReadonlySet<string> = new Set(ADJUNCT_INFINITIVES);
const AUXILIARIES: ReadonlySet<string> = new Set(AUXILIARY_VERBS);
const TO_OBJECT_CUES: ReadonlySet<string> = new Set(ADJUNCT_TO_OBJECT_CUES);
const VERBAL: ReadonlySet<string> = new Set(['VERB', 'AUX']);
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s']);
/** Most tokens from an adjunct's start to the marker of the content ("to reporters in the capital that"). */
const REACH = 8;
/** Most adjuncts skipped one after another ("that night to reporters"). */
const MAX_ADJUNCTS = 3;

const verbal = (t: Token | undefined): boolean =>
  t !== undefined && ((t.pos !== null && VERBAL.has(t.pos)) || AUXILIARIES.has(t.norm));

/** The first "that", colon or opening quotation in [from, from+REACH] before `end`, with no verb on the way; else -1. */
const strictMarker = (v: SentenceView, from: number, end: number): number => {
  for (let m = from; m < Math.min(from + REACH + 1, end); m += 1) {
    const t = v.toks[m]!;
    if (t.norm === 'that' || t.norm === ':' || v.quotesByOpen.has(t.span.start)) return m;
    if (verbal(t) || t.norm === ',' || t.norm === ';') return -1;
  }
  return -1;
};

/** Index past a time phrase at `k` ("that night", "last week", "the same day"); else k. */
const pastTime = (toks: readonly Token[], k: number): number => {
  const lead = toks[k]?.norm ?? '';
  if (!LEADS.has(lead)) return k;
  let n = k + 1;
  const modified = MODIFIERS.has(toks[n]?.norm ?? '');
  if (modified) n += 1;
  // "said the day was calm": "the" makes a time only with a modifier ("the same day").
  if (!NOUNS.has(toks[n]?.norm ?? '') || (lead === 'the' && !modified)) return k;
  if (POSSESSIVE.has(toks[n + 1]?.norm ?? '')) return k;
  return n + 1;
};

/**
 * One adjunct at `k` between a cue and its content: the index of what follows it, else k. A time: "that night"
 * only when a "that", colon or quotation follows (else "that" opens the content: "said that night fell"); "last
 * week" also before a bare clause, unless a verb follows (the time is then the subject: "said this week was
 * key") or another adverbial ("said this month on CNBC"). An addressee: "to reporters" when a marker follows
 * ("said to be" is no addressee, nor the "to" of "responded to").
 */
const pastAdjunct = (v: SentenceView, k: number, end: number, cueWord: string): number => {
  const { toks } = v;
  const time = pastTime(toks, k);
  if (time > k) {
    // "…, a report said last year.": a time closing the sentence is no content.
    if (time >= end) return end;
    const marker = strictMarker(v, time, end);
    if (marker >= 0) return marker;
    const after = toks[time];
    const clause = after && !verbal(after) && !CUE_ADVERBIAL_STARTS.has(after.norm) && time < end;
    return toks[k]!.norm !== 'that' && clause ? time : k;
  }
  const next = toks[k + 1];
  if (toks[k]?.norm !== ADJUNCT_ADDRESSEE_PREPOSITION || !next || INFINITIVES.has(next.norm) || verbal(next))
    return k;
  // "responded to the charge that …": the "to" of such a cue names what it answers, and the "that" is the charge's.
  if (TO_OBJECT_CUES.has(cueWord)) return k;
  const marker = strictMarker(v, k + 1, end);
  return marker >= 0 ? marker : k;
};

/**
 * Index past the times and addressees at `k` between the cue ending before token `afterCue` and its content
 * ("said that night to reporters that …" → the second "that"; "said last week the talks …" → "the"); `k` when
 * none stands there.
 */
export const pastCueAdjuncts = (v: SentenceView, afterCue: number, k: number, end: number): number => {
  const cueWord = v.toks[afterCue - 1]?.norm ?? '';
  let at = k;
  for (let n = 0; n < MAX_ADJUNCTS; n += 1) {
    const next = pastAdjunct(v, at, end, cueWord);
    if (next === at) break;
    at = next;
  }
  return at;
};
