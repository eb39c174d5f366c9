import { DEMAND_ONLY_BEFORE } from '../../lang/en/attribution-cues.js';
import { VANTAGE_CONTENT_OPENERS, VANTAGE_PREPOSITIONS } from '../../lang/en/attribution-vantage.js';
import { spanContains } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import type { AttributionDraft } from './attribution-draft.js';
import { trimSpan } from './content-span.js';

const VERBAL: ReadonlySet<string> = new Set(['VERB', 'AUX']);
const WORD = /[\p{L}’']+|:/gu;

const wordsOf = (s: string): { readonly word: string; readonly end: number }[] =>
  [...s.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase(), end: m.index + m[0].length }));

/** Whether `word` after the cue word `verb` says where from ("reports from"), not what is demanded ("called on"). */
const isVantage = (verb: string, word: string | undefined): boolean =>
  word !== undefined && VANTAGE_PREPOSITIONS.has(word) && !DEMAND_ONLY_BEFORE[verb]?.has(word);

/**
 * The draft without a vantage phrase read as its content: "X reports from the rear of the station" (cue "reports
 * from", or cue "reports" and content "from the rear …") and "X wrote from Kabul, where …" tell no content
 * (null); "X said from his hospital bed that Y" keeps Y; "X reported from the scene that Y" and "X said from the
 * outset Y" (a clause after the vantage) are unchanged. A direct quotation is never a vantage's object.
 */
export const withoutVantage = (
  text: string,
  tokens: readonly Token[],
  d: AttributionDraft,
): AttributionDraft | null => {
  if (d.direct) return d;
  const cue = wordsOf(text.slice(d.cue.start, d.cue.end)).map((w) => w.word);
  const verb = cue.at(-1);
  if (verb === undefined) return d;
  const gap = text.slice(d.cue.end, d.content.start);
  // "reports from", "is reporting from the scene": the vantage may be read into the cue.
  const k = cue.findIndex((w, i) => i > 0 && isVantage(cue[i - 1]!, w));
  const lead = [...(k > 0 ? cue.slice(k) : []), ...wordsOf(gap).map((w) => w.word)];
  if (lead.length > 0) {
    if (k < 0 && !isVantage(verb, lead[0])) return d;
    if (lead.length === 1) return null;
    // "wrote from Kabul, where she lived": a clause set off after the vantage's object is about the place.
    return VANTAGE_CONTENT_OPENERS.has(lead.at(-1)!) || !gap.includes(',') ? d : null;
  }
  // "said from his hospital bed that he would stay": the content starts with the vantage; its clause follows.
  const own = wordsOf(text.slice(d.content.start, d.content.end));
  if (!isVantage(verb, own[0]?.word)) return d;
  const opener = own.find((w) => VANTAGE_CONTENT_OPENERS.has(w.word));
  if (opener) {
    const content = trimSpan(text, d.content.start + opener.end, d.content.end);
    return content && { ...d, content };
  }
  // "said from the start the plan was flawed": a clause follows the vantage; "from the rear of the station": none.
  return tokens.some((t) => VERBAL.has(t.pos ?? '') && spanContains(d.content, t.span)) ? d : null;
};
