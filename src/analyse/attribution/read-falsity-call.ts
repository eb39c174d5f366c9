import {
  CALL_PARTICLES,
  CLAIM_APPOSITION_DETERMINERS,
  CLAIM_NOUNS,
  CLAIM_PRONOUNS,
  FALSITY_CALL_VERBS,
  FALSITY_PREMODIFIERS,
  FALSITY_WORDS,
} from '../../lang/en/attribution-falsity-calls.js';
import { CLAUSAL_RELATIVES } from '../../lang/en/attribution-relay.js';
import { PRE_CUE_MODIFIERS } from '../../lang/en/attribution-syntax.js';
import { AUXILIARY_VERBS } from '../../lang/en/auxiliary-verbs.js';
import { type Span, span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import type { AttributionDraft, SentenceView } from './attribution-draft.js';
import { phraseLeftOf } from './noun-phrase.js';
import { contentEnd } from './sentence-tail.js';
import { sourceBefore } from './source-before.js';

/** The rule of a call that a claim is false: "…, which X called a lie", "X dismissed the report as propaganda". */
export const FALSITY_CALL_RULE = 'falsity-call';

const VERBS: ReadonlySet<string> = new Set(FALSITY_CALL_VERBS);
const FALSITY: ReadonlySet<string> = new Set(FALSITY_WORDS);
const PREMODIFIERS: ReadonlySet<string> = new Set(FALSITY_PREMODIFIERS);
const APPOSITION_NOUNS: ReadonlySet<string> = new Set(CLAIM_NOUNS);
const PRONOUNS: ReadonlySet<string> = new Set(CLAIM_PRONOUNS);
const APPOSITION_DETERMINERS: ReadonlySet<string> = new Set(CLAIM_APPOSITION_DETERMINERS);
const PARTICLES: ReadonlySet<string> = new Set(CALL_PARTICLES);
const AUXILIARIES: ReadonlySet<string> = new Set(AUXILIARY_VERBS);
const VERBAL: ReadonlySet<string> = new Set(['VERB', 'AUX']);
const CLAUSE_STOPS: ReadonlySet<string> = new Set([',', ';', ':', '(', ')']);
const APPOSITION_LINKS: ReadonlySet<string> = new Set(['that', 'which']);
/** Most tokens from the call verb to its word of falsity ("called the reports of shelling a complete lie"). */
const REACH = 12;
/** Most tokens of the object called false. */
const MAX_OBJECT = 8;

const verbal = (t: Token): boolean => (t.pos !== null && VERBAL.has(t.pos)) || AUXILIARIES.has(t.norm);
/** A verb form ending in -ing inside a noun phrase ("the reports of shelling"). */
const gerund = (t: Token): boolean => t.pos === 'VERB' && t.norm.endsWith('ing');
const between = (toks: readonly Token[], first: number, last: number): Span =>
  span(toks[first]!.span.start, toks[last]!.span.end);

/** The first word of falsity after the verb at `c`, within the clause; -1 if none. */
const falsityAfter = (v: SentenceView, c: number, end: number): number => {
  for (let m = c + 1; m < Math.min(end, c + 1 + REACH); m += 1) {
    const t = v.toks[m]!;
    if (CLAUSE_STOPS.has(t.norm) || v.quotesByOpen.has(t.span.start)) return -1;
    if (FALSITY.has(t.norm)) return m;
  }
  return -1;
};

/**
 * Tokens [first, last] make a claim's object: a pronoun ("it"), or a short run with a claim noun ("the reports
 * of shelling") and no verb but a gerund, no clause mark, and no particle first.
 */
const isClaimObject = (toks: readonly Token[], first: number, last: number): boolean => {
  if (first === last && PRONOUNS.has(toks[first]!.norm)) return true;
  const run = toks.slice(first, last + 1);
  return (
    last >= first &&
    last - first < MAX_OBJECT &&
    !PARTICLES.has(toks[first]!.norm) &&
    run.some((t) => APPOSITION_NOUNS.has(t.norm)) &&
    run.every((t) => (!verbal(t) || gerund(t)) && !CLAUSE_STOPS.has(t.norm))
  );
};

/**
 * "…, a claim (that) the rebels called baseless": the apposition ("a claim") and the source between it and the
 * verb at `c`; null when no such apposition after a comma stands there.
 */
const apposition = (toks: readonly Token[], c: number): { content: Span; source: Span } | null => {
  let last = c - 1;
  while (last >= 0 && PRE_CUE_MODIFIERS.has(toks[last]!.norm)) last -= 1;
  const np = phraseLeftOf(toks, last);
  if (!np || np.first > last) return null;
  // The phrase walk stops at "that"/"which" or runs on into the noun of the apposition ("an allegation the rebels").
  for (let a = Math.max(np.boundary, 0); a < last; a += 1) {
    const noun = APPOSITION_LINKS.has(toks[a]?.norm ?? '') ? a - 1 : a;
    if (!APPOSITION_NOUNS.has(toks[noun]?.norm ?? '')) continue;
    const det = noun - 1;
    if (!APPOSITION_DETERMINERS.has(toks[det]?.norm ?? '') || toks[det - 1]?.norm !== ',' || a + 1 > last)
      continue;
    return { content: between(toks, det, noun), source: between(toks, a + 1, last) };
  }
  return null;
};

/**
 * "X dismissed as propaganda reports that the town had fallen": the object shifted after "as" and its words of
 * falsity [p, q); what it denies is the that-clause after the object (else the object itself). Null when no
 * claim object follows.
 */
const shiftedObject = (toks: readonly Token[], c: number, p: number, q: number, end: number): Span | null => {
  if (toks[c + 1]?.norm !== 'as' || p !== c + 1) return null;
  let r = q;
  while (r < end && toks[r]!.norm !== 'that' && !CLAUSE_STOPS.has(toks[r]!.norm)) r += 1;
  if (r === q || !isClaimObject(toks, q, r - 1)) return null;
  return toks[r]?.norm === 'that' && r + 1 < end ? between(toks, r + 1, end - 1) : between(toks, q, r - 1);
};

/** The draft of the call at `c` with the given content and source. */
const draft = (
  v: SentenceView,
  c: number,
  content: Span,
  source: Span,
  head: Span | null,
): AttributionDraft => ({
  sentence: v.index,
  source,
  head: head ?? source,
  cue: v.toks[c]!.span,
  content,
  stance: 'denies',
  direct: false,
  hedgedCue: false,
  inheritsSource: false,
  rule: FALSITY_CALL_RULE,
  confidence: 0.8,
});

/**
 * A call that a claim is false, at the verb `c`: "X called the report a lie" / "X dismissed the report as
 * propaganda" (the object is the content), "X called it a lie that Y" (Y), "…, which X called baseless" (the
 * relative pronoun, read as the clause before it by clausal-content.ts), "X dismissed as propaganda reports that
 * Y" (Y), "…, a claim X called false" (the
 * apposition, read the same way). Null without a word of falsity after the verb ("called it a victory") or
 * with no source before it.
 */
const readCall = (v: SentenceView, c: number): AttributionDraft | null => {
  const { toks } = v;
  const end = contentEnd(toks);
  if (PARTICLES.has(toks[c + 1]?.norm ?? '')) return null;
  const f = falsityAfter(v, c, end);
  if (f < 0) return null;
  let p = f;
  while (p - 1 > c && (PREMODIFIERS.has(toks[p - 1]!.norm) || toks[p - 1]!.pos === 'ADJ')) p -= 1;
  let q = f + 1;
  while (q < end && FALSITY.has(toks[q]!.norm)) q += 1;
  if (p > c + 1) {
    if (!isClaimObject(toks, c + 1, p - 1)) return null;
    const found = sourceBefore(toks, c);
    if (!found?.source) return null;
    // "called it a lie that troops fled": the clause after the call is what it denies.
    const extraposed = toks[c + 1]!.norm === 'it' && p === c + 2 && toks[q]?.norm === 'that' && q + 1 < end;
    const content = extraposed ? between(toks, q + 1, end - 1) : between(toks, c + 1, p - 1);
    return draft(v, c, content, found.source, found.head);
  }
  const shifted = shiftedObject(toks, c, p, q, end);
  if (shifted) {
    const found = sourceBefore(toks, c);
    return found?.source ? draft(v, c, shifted, found.source, found.head) : null;
  }
  const appos = apposition(toks, c);
  if (appos) return draft(v, c, appos.content, appos.source, null);
  const found = sourceBefore(toks, c);
  const relative = found ? toks[found.boundary] : undefined;
  if (!found?.source || !relative || !CLAUSAL_RELATIVES.has(relative.norm)) return null;
  if (toks[found.boundary - 1]?.norm !== ',') return null;
  return draft(v, c, relative.span, found.source, found.head);
};

/** Every call that a claim is false in the sentence (readCall). */
export const readFalsityCalls = (v: SentenceView): readonly AttributionDraft[] =>
  v.toks.flatMap((t, i) =>
    VERBS.has(t.norm) && (t.pos === null || VERBAL.has(t.pos)) ? (readCall(v, i) ?? []) : [],
  );

/**
 * Whether a cue word at `offset` is the verb of a call read as false, or stands between it and what it denies
 * ("dismissed as propaganda reports that …"): no claim of its own.
 */
export const inFalsityCall = (calls: readonly AttributionDraft[], offset: number): boolean =>
  calls.some((d) => offset >= d.cue.start && offset < Math.max(d.cue.end, d.content.start));

/** Whether a content is an apposition standing for the clause before it: a determiner and a claim noun ("a claim"). */
export const isClaimApposition = (words: string): boolean => {
  const w = words.toLowerCase().split(/\s+/);
  const noun = w[w.length - 1] ?? '';
  return w.length === 2 && APPOSITION_DETERMINERS.has(w[0]!) && APPOSITION_NOUNS.has(noun);
};
