import { CLAIMANT_RELATIVES } from '../../lang/en/claimant-cuts.js';
import type { Span } from '../../model/span.js';
import { agedName } from './aged-name.js';
import { trimClaimant } from './trim-claimant.js';

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

/** Commas and dashes that set a relative clause off ("the men, who …", "the guard — who …"). */
const SET_OFF = /[,;—–]\s*$/u;

/**
 * The words that name who makes a claim or states a figure, from its attribution's source: cut before a relative
 * clause (CLAIMANT_RELATIVES after at least one word) that is set off by a comma or dash ("the men, who got
 * married last month" → "the men") or left with no words after its pronoun ("a member of a commission who" →
 * "a member of a commission"), with the comma and spaces before it. A relative clause that says which ones
 * ("doctors who treat the wounded") is part of the name and stays, and so does a source holding none. A name
 * before an age is the claimant alone ("Ahmed, 26, a student" → "Ahmed": aged-name.ts). What clings to the
 * phrase's edges goes first (") November a spokesperson" → "a spokesperson": trim-claimant.ts). May be empty.
 */
export const claimantSpan = (text: string, whole: Span): Span => {
  const source = trimClaimant(text, whole);
  const aged = agedName(text, source);
  if (aged) return aged;
  const words = [...text.slice(source.start, source.end).matchAll(WORD)];
  const cut = words.findIndex(
    (w, i) =>
      i > 0 &&
      CLAIMANT_RELATIVES.has(w[0].toLowerCase()) &&
      (i === words.length - 1 || SET_OFF.test(text.slice(source.start, source.start + w.index))),
  );
  if (cut < 0) return { start: source.start, end: source.end };
  let end = source.start + words[cut]!.index;
  while (end > source.start && /[\s,;:—–-]/u.test(text[end - 1]!)) end -= 1;
  return { start: source.start, end };
};
