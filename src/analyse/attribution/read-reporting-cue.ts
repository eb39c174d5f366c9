import { ASIDE_OPENERS } from '../../lang/en/attribution-asides.js';
import { CONTENTLESS_OBJECTS } from '../../lang/en/attribution-cue-adjuncts.js';
import type { AttributionCue } from '../../lang/en/attribution-cues.js';
import { SPEECH_PARTICIPLES } from '../../lang/en/attribution-participles.js';
import { CLAUSAL_RELATIVES, CLAUSAL_STANCES, RELAY_AGENT } from '../../lang/en/attribution-relay.js';
import { ADVERBIAL_CLAUSE_OPENERS, PRE_CUE_MODIFIERS } from '../../lang/en/attribution-syntax.js';
import { type Span, span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { finiteAt, opensClause } from './addressee-clause.js';
import type { AttributionDraft, SentenceView } from './attribution-draft.js';
import { isParticipleCue } from './clause-subject.js';
import { contentBeforeComma, quoteBefore, quoteContent, trimSpan } from './content-span.js';
import { type CueHit, isCueWord } from './match-cues.js';
import { namedApposition } from './named-apposition.js';
import { phraseRightOf } from './noun-phrase.js';
import { contentEnd, opensQuote, tailStart } from './sentence-tail.js';
import { sourceBefore } from './source-before.js';

const OPENERS = new Set(['that', ':', ',']);
/** The rule of '"…," X said <circumstances>': the quotation before the source is the content. */
export const QUOTE_BEFORE_RULE = 'quote-before-source';
/** The rule of "…, which X denied": the relative pronoun is the object of the cue. */
export const RELATIVE_OBJECT_RULE = 'relative-object';
const COORDINATORS = new Set(['but', 'and']);
const OBJECT_STOPS = new Set([',', ';', '–', '—', '-', 'but']);
const NOTHING: ReadonlySet<string> = new Set();
const CONTENTLESS: ReadonlySet<string> = new Set(CONTENTLESS_OBJECTS);

/** A hyphen inside a word ("US-led"), not a dash between clauses. */
const joined = (toks: readonly Token[], i: number): boolean =>
  toks[i]!.norm === '-' &&
  toks[i - 1]?.span.end === toks[i]!.span.start &&
  toks[i + 1]?.span.start === toks[i]!.span.end;

/** A hand-listed cue verb (after "also" and the like) opening a second claim: "… and said Y", "… but denied Y". */
const secondCue = (toks: readonly Token[], at: number): boolean => {
  let i = at;
  while (toks[i] && PRE_CUE_MODIFIERS.has(toks[i]!.norm)) i += 1;
  const t = toks[i];
  return t !== undefined && t.pos === 'VERB' && isCueWord(t.norm);
};

/** The end of tokens [from, to), moved past the closing mark of a quotation opened inside them. */
const closeQuotes = (v: SentenceView, from: number, to: number, end: number): number => {
  let e = end;
  for (let i = from; i < to; i += 1) {
    const close = v.quotesByOpen.get(v.toks[i]!.span.start)?.close;
    if (close != null && close >= e) e = close + 1;
  }
  return e;
};

const AFTER_VERB = new Set(['DET', 'PRON', 'ADV', 'ADP', 'PART']);

/**
 * "said that was a mistake", "said that makes him smart": a "that" right before an auxiliary, or a verb not read
 * as a modifier of a noun ("that advanced economies"), is the clause's subject, not its mark — after a listed
 * cue verb (after a noun, "states that may …", it opens a relative clause).
 */
const thatSubject = (toks: readonly Token[], k: number): boolean =>
  toks[k]!.norm === 'that' &&
  toks[k - 1]?.pos === 'VERB' &&
  isCueWord(toks[k - 1]!.norm) &&
  (toks[k + 1]?.pos === 'AUX' || (finiteAt(toks, k + 1) && AFTER_VERB.has(toks[k + 2]?.pos ?? '')));

/** The content after a cue: an opening quotation, a that-clause, or a bare object / clause to its end. */
export const contentAfter = (
  v: SentenceView,
  from: number,
  cue: AttributionCue,
): { content: Span; direct: boolean } | null => {
  const { toks, text } = v;
  const end = contentEnd(toks);
  let k = from;
  let marked = false;
  while (k < end && OPENERS.has(toks[k]!.norm) && !thatSubject(toks, k)) {
    marked = true;
    k += 1;
  }
  if (k >= end) return null;
  const quote = opensQuote(v, k) ? v.quotesByOpen.get(toks[k]!.span.start) : undefined;
  if (quote) {
    const content = quoteContent(text, quote);
    return content ? { content, direct: true } : null;
  }
  if (cue.clause && !marked && !(cue.addressee && opensClause(text, toks, k, end))) return null;
  // "X said, calling on all parties to …": a participle after the comma opens a clause of its own (its own cue).
  if (isParticipleCue(toks, k)) return null;
  const objectOnly = cue.object === true && !marked;
  let m = k;
  for (; m < end; m += 1) {
    const n = toks[m]!.norm;
    if (n === ';') break;
    if (objectOnly && OBJECT_STOPS.has(n) && !joined(toks, m)) break;
    if (n === ',' && toks[m + 1]?.norm === 'but') break;
    // "X said Y, adding that Z": the speaker's next participle opens a claim of its own.
    if (n === ',' && isParticipleCue(toks, m + 1) && SPEECH_PARTICIPLES.has(toks[m + 1]!.norm)) break;
    if (COORDINATORS.has(n) && m > k && secondCue(toks, m + 1)) break;
  }
  // "the authorities say otherwise": a lone word that reports nothing is no content.
  if (m === k || (m === k + 1 && CONTENTLESS.has(toks[k]!.norm))) return null;
  const content = trimSpan(text, toks[k]!.span.start, closeQuotes(v, k, m, toks[m - 1]!.span.end));
  return content ? { content, direct: false } : null;
};

/** Tags after which a verb resumes the main clause ("the men X accused of arson say …"). */
const CLAUSE_END_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const MAIN_VERB_TAGS = new Set(['VERB', 'AUX']);

/**
 * The charge of an accusation in a reduced relative clause ("the men X accused of arson say …" → "arson"): after
 * its preposition, up to the verb that resumes the main clause after a noun. Null when nothing stands there.
 */
const chargeContent = (v: SentenceView, prep: number): { content: Span; direct: boolean } | null => {
  const { toks } = v;
  const end = contentEnd(toks);
  let m = prep + 1;
  while (m < end && !(MAIN_VERB_TAGS.has(toks[m]!.pos ?? '') && CLAUSE_END_TAGS.has(toks[m - 1]!.pos ?? '')))
    m += 1;
  if (m <= prep + 1) return null;
  const content = trimSpan(v.text, toks[prep + 1]!.span.start, toks[m - 1]!.span.end);
  return content ? { content, direct: false } : null;
};

/**
 * A reporting verb: "X said (that) Y", "X told AFP that Y", "X told Reuters: "…"", "Y, X said.", "Y, as X
 * reports.", "…," the envoy said., "Y, said X.", "…, but said Y" (source of the previous cue). Null when the cue
 * is not a report here.
 */
export const readReportingCue = (
  v: SentenceView,
  hit: CueHit,
  cue: AttributionCue,
  earlier: readonly AttributionDraft[],
): AttributionDraft | null => {
  const { toks } = v;
  const cueSpan = span(toks[hit.first]!.span.start, toks[hit.last - 1]!.span.end);
  const base = { sentence: v.index, cue: cueSpan, stance: cue.stance, hedgedCue: cue.hedge === true };
  const end = contentEnd(toks);
  const tail = tailStart(v, hit.last, cue);
  // "Y, the UN said, as militants withdrew." / "…, police said, adding that …": a clause of its own after a
  // comma holds no content of this cue; the content is before the source.
  const clauseAfter =
    tail + 1 < end &&
    toks[tail]?.norm === ',' &&
    (ADVERBIAL_CLAUSE_OPENERS.has(toks[tail + 1]?.norm ?? '') || isParticipleCue(toks, tail + 1));

  if (tail >= end || clauseAfter) {
    const found = sourceBefore(toks, hit.first);
    if (!found?.source) return null;
    // "Y, as the BBC's correspondent reports.": the content is before the comma that opens the aside.
    const aside = toks[found.boundary];
    const before =
      contentBeforeComma(v, found.source.start) ??
      (aside && ASIDE_OPENERS.has(aside.norm) ? contentBeforeComma(v, aside.span.start) : null);
    const { source, head } = found;
    if (before)
      return {
        ...base,
        ...before,
        source,
        head,
        inheritsSource: false,
        rule: 'source-final',
        confidence: 0.9,
      };
    // "Troops shelled the town, which the army denied.": the relative pronoun is the object denied; what it
    // stands for is read once all claims are known (clausal-content.ts).
    if (
      aside &&
      CLAUSAL_RELATIVES.has(aside.norm) &&
      toks[found.boundary - 1]?.norm === ',' &&
      CLAUSAL_STANCES.has(cue.stance)
    )
      return {
        ...base,
        content: aside.span,
        source,
        head,
        direct: false,
        inheritsSource: false,
        rule: RELATIVE_OBJECT_RULE,
        confidence: 0.8,
      };
    const content = found.boundary < 0 ? quoteBefore(v, v.quotesByClose) : null;
    if (!content) return null;
    return {
      ...base,
      content,
      source,
      head,
      direct: true,
      inheritsSource: false,
      rule: 'after-quote',
      confidence: 0.8,
    };
  }

  const inverted = contentBeforeComma(v, cueSpan.start);
  if (inverted) {
    // "…," said the spokesman, Ahmed Ali.: a name in apposition to a person word is read with it.
    const stop = namedApposition(toks, phraseRightOf(toks, tail, NOTHING), end);
    // "…," said Joseph, who has four children.: the source ends at the sentence end or at its first comma.
    // "The minister, quoted by Tass, said …": a passive agent after the cue is no inverted source.
    if (stop > tail && (stop === end || toks[stop]?.norm === ',') && toks[tail]?.norm !== RELAY_AGENT) {
      const source = span(toks[tail]!.span.start, toks[stop - 1]!.span.end);
      return {
        ...base,
        ...inverted,
        source,
        head: source,
        inheritsSource: false,
        rule: 'cue-source',
        confidence: 0.85,
      };
    }
  }

  const found = sourceBefore(toks, hit.first);
  if (!found) return null;
  const inherits =
    found.source === null &&
    COORDINATORS.has(toks[found.boundary]?.norm ?? '') &&
    earlier.some((d) => d.sentence === v.index);
  if (!found.source && !inherits) return null;
  // '"…," Trump said on Friday when asked …': a quotation closing right before the source is the content; the
  // words after the cue, with no that, colon or quotation to mark them, tell when and how it was said.
  // Only a quotation that opens the sentence (or began in an earlier one): a quoted phrase inside it is a name or
  // a scare quote.
  const marked = OPENERS.has(toks[tail]?.norm ?? '') || opensQuote(v, tail);
  const quoted =
    found.source && !marked && !isParticipleCue(toks, hit.first)
      ? contentBeforeComma(v, found.source.start)
      : null;
  const start = quoted?.content.start ?? -1;
  const opening = start < v.span.start || (opensQuote(v, 0) && start <= (toks[1]?.span.start ?? -1));
  if (quoted?.direct && opening)
    return {
      ...base,
      ...quoted,
      source: found.source,
      head: found.head,
      inheritsSource: false,
      rule: QUOTE_BEFORE_RULE,
      confidence: 0.9,
    };
  const after = found.reduced ? chargeContent(v, tail) : contentAfter(v, tail, cue);
  if (!after) return null;
  return {
    ...base,
    ...after,
    source: found.source,
    head: found.head,
    inheritsSource: inherits,
    rule: inherits ? 'coordinated-cue' : isParticipleCue(toks, hit.first) ? 'participle-cue' : 'source-cue',
    confidence: inherits ? 0.8 : 0.9,
  };
};
