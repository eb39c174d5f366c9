import { RELAY_AGENT, RELAY_LINK, RELAY_PARTICIPLES, RELAY_VERBS } from '../../lang/en/attribution-relay.js';
import { BE_FORMS, PASSIVE_ADVERBS, PRE_CUE_MODIFIERS } from '../../lang/en/attribution-syntax.js';
import { type Span, span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import type { AttributionDraft, SentenceView } from './attribution-draft.js';
import { contentBeforeComma } from './content-span.js';
import { matchCues } from './match-cues.js';
import { contentAfter } from './read-reporting-cue.js';
import { contentEnd, opensQuote, tailStart } from './sentence-tail.js';
import { sourceBefore } from './source-before.js';

export const RELAY_RULE = 'relayed-quote';

/** Most tokens between a relay verb and "as" (the one relayed, with an apposition, or "by" and the outlet). */
const MAX_RELAYED = 16;
const STOPS: ReadonlySet<string> = new Set([';', ':', '.', '?', '!']);

const between = (toks: readonly Token[], first: number, last: number): Span =>
  span(toks[first]!.span.start, toks[last]!.span.end);

/** The index of "as" after the relay verb, within reach and before any clause end or quotation; else -1. */
const linkAfter = (v: SentenceView, from: number): number => {
  const end = Math.min(contentEnd(v.toks), from + MAX_RELAYED + 1);
  for (let i = from; i < end; i += 1) {
    const n = v.toks[i]!.norm;
    if (STOPS.has(n) || opensQuote(v, i)) return -1;
    if (n === RELAY_LINK) return i;
  }
  return -1;
};

/** The first of the auxiliaries and adverbs before the relay verb when a form of "be" is among them; else -1. */
const passiveStart = (toks: readonly Token[], verb: number): number => {
  let i = verb - 1;
  let be = false;
  while (i >= 0) {
    const n = toks[i]!.norm;
    if (BE_FORMS.has(n)) be = true;
    else if (!PASSIVE_ADVERBS.has(n) && !PRE_CUE_MODIFIERS.has(n)) break;
    i -= 1;
  }
  return be ? i + 1 : -1;
};

/**
 * "Izvestia quoted the minister as saying (that) Y", "Reuters cited an official as warning Y", "X was quoted (by
 * the paper) as saying Y": the one relayed is the source (the outlet only passes the words on, and the model has
 * no place for it), Y the content, and the stance that of the cue after "as". The cue is the relay verb in the
 * active ("quoted"; the source follows it) and the verb group in the passive ("was quoted as saying", or "was
 * quoted" when the outlet stands between). Null when the verb relays no one's words ("cited security concerns as
 * the reason") or no content follows.
 */
const readRelay = (v: SentenceView, verb: number): AttributionDraft | null => {
  const { toks } = v;
  const hit = { first: verb, last: verb + 1 };
  const as = linkAfter(v, hit.last);
  if (as < 0) return null;
  // The word after "as" is a verb whatever its tag ("as warning that …").
  const said = matchCues(toks.slice(as + 1, as + 4).map((t, k) => (k === 0 ? { ...t, pos: 'VERB' } : t)))[0];
  if (!said?.cue || said.first !== 0) return null;
  const cueEnd = as + 1 + said.last;
  const tail = tailStart(v, cueEnd, said.cue);
  const after = contentAfter(v, tail, said.cue);
  const relay = { sentence: v.index, stance: said.cue.stance, hedgedCue: said.cue.hedge === true };
  const rest = { inheritsSource: false, rule: RELAY_RULE, confidence: 0.9 };
  // '"…," X was quoted as saying.': at the sentence end, the content is before the clause's subject.
  const told = (subject: Span | null | undefined) =>
    after ?? (tail >= contentEnd(toks) && subject ? contentBeforeComma(v, subject.start) : null);
  const aux = RELAY_PARTICIPLES.has(toks[verb]!.norm) ? passiveStart(toks, verb) : -1;
  if (aux >= 0) {
    if (as > hit.last && toks[hit.last]!.norm !== RELAY_AGENT) return null;
    const found = sourceBefore(toks, aux);
    const content = told(found?.source);
    if (!found?.source || !content) return null;
    const cue = between(toks, aux, as > hit.last ? verb : cueEnd - 1);
    return { ...relay, ...content, cue, source: found.source, head: found.head, ...rest };
  }
  let last = as - 1;
  while (last > hit.last && toks[last]!.norm === ',') last -= 1;
  if (last < hit.last || toks[hit.last]!.norm === ',') return null;
  const content = told(sourceBefore(toks, verb)?.source);
  if (!content) return null;
  const comma = toks.findIndex((t, i) => i > hit.last && i < last && t.norm === ',');
  const source = between(toks, hit.last, last);
  const head = comma < 0 ? source : between(toks, hit.last, comma - 1);
  return { ...relay, ...content, cue: toks[verb]!.span, source, head, ...rest };
};

/** Every relay in the sentence (readRelay), whatever the tagger made of the verb ("Kommersant quotes …"). */
export const readRelayedQuotes = (v: SentenceView): readonly AttributionDraft[] =>
  v.toks.flatMap((t, i) => (RELAY_VERBS.has(t.norm) ? (readRelay(v, i) ?? []) : []));

/**
 * Whether a cue word at `offset` of the relays' sentence is part of a relay read (its verb, "as saying", up to
 * the content after it, or to the sentence end when the content came before): no claim of its own.
 */
export const inRelay = (relays: readonly AttributionDraft[], offset: number): boolean =>
  relays.some((r) => {
    const from = Math.min(r.cue.start, r.source?.start ?? r.cue.start);
    return from <= offset && (r.content.start < from || offset < r.content.start);
  });
