import type { AttributionCue } from '../../lang/en/attribution-cues.js';
import { SOURCE_DAY_PARTS, SOURCE_WEEKDAYS } from '../../lang/en/attribution-source-times.js';
import { ADVERBIAL_CLAUSE_OPENERS, CUE_ADVERBIAL_STARTS } from '../../lang/en/attribution-syntax.js';
import type { Token } from '../../model/token.js';
import { clauseAfterAddressee } from './addressee-clause.js';
import type { SentenceView } from './attribution-draft.js';
import { pastCueAdjuncts } from './cue-adjunct.js';

const FINAL = new Set(['.', '!', '?', '"', '”', '’', "'", ')', '»']);
const MARKERS = new Set(['that', ':', ',']);
const ADDRESSEE_MAX = 6;
const ADVERBIAL_MAX = 8;

/** Index after the last token that is not sentence-final punctuation or a closing quote. */
export const contentEnd = (toks: readonly Token[]): number => {
  let end = toks.length;
  while (end > 0 && FINAL.has(toks[end - 1]!.norm)) end -= 1;
  return end;
};

/** Whether the token at `i` opens a quotation region. */
export const opensQuote = (v: SentenceView, i: number): boolean => {
  const t = v.toks[i];
  return t !== undefined && v.quotesByOpen.has(t.span.start);
};

/** The first token in (from, from+max] that marks where content begins (that, colon, comma, quote, end). */
const markerAfter = (v: SentenceView, from: number, max: number, end: number): number | null => {
  for (let m = from; m <= Math.min(from + max, end); m += 1) {
    if (m === end || MARKERS.has(v.toks[m]!.norm) || opensQuote(v, m)) return m;
  }
  return null;
};

const WEEKDAYS: ReadonlySet<string> = new Set(SOURCE_WEEKDAYS.map((w) => w.toLowerCase()));
const DAY_PARTS: ReadonlySet<string> = new Set(SOURCE_DAY_PARTS);
const DAY_LEADS: ReadonlySet<string> = new Set(['late', 'early']);
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s']);

/** Index past a bare day right after a cue ("said Tuesday", "said late Monday", "said Friday afternoon"). */
const pastDay = (toks: readonly Token[], k: number): number => {
  const d = DAY_LEADS.has(toks[k]?.norm ?? '') ? k + 1 : k;
  if (!WEEKDAYS.has(toks[d]?.norm ?? '') || POSSESSIVE.has(toks[d + 1]?.norm ?? '')) return k;
  return DAY_PARTS.has(toks[d + 1]?.norm ?? '') ? d + 2 : d + 1;
};

/**
 * Where the content of a cue may begin: after its addressee ("told Reuters", "said to reporters that", "told him
 * the talks failed": addressee-clause.ts), after a
 * time ("said Tuesday that", "said that night that", "said last week the …": cue-adjunct.ts) and after an
 * adverbial that leads to a marker ("said in a statement that", "said on Friday:"). An
 * adverbial clause there ("…," X said as he entered the talks.) holds no content: the sentence end is returned.
 * Returns a token index ≤ contentEnd.
 */
export const tailStart = (v: SentenceView, afterCue: number, cue: AttributionCue): number => {
  const end = contentEnd(v.toks);
  let k = afterCue;
  if (cue.addressee) {
    // "told reporters the talks had failed": an unmarked clause after the listener, before any marker.
    const clause = clauseAfterAddressee(v.text, v.toks, k, end);
    const marker = markerAfter(v, k, ADDRESSEE_MAX, end);
    k = clause !== null && (marker === null || marker > clause) ? clause : (marker ?? k);
  }
  k = Math.min(pastDay(v.toks, pastCueAdjuncts(v, afterCue, k, end)), end);
  const t = v.toks[k];
  if (t && CUE_ADVERBIAL_STARTS.has(t.norm)) k = markerAfter(v, k + 1, ADVERBIAL_MAX, end) ?? k;
  // "told reporters that night that …", "said late that night that …": the marker found opened a time.
  k = pastCueAdjuncts(v, afterCue, k, end);
  if (ADVERBIAL_CLAUSE_OPENERS.has(v.toks[k]?.norm ?? '')) return end;
  return Math.min(k, end);
};
