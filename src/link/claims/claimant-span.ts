import { ATTRIBUTION_PERSON_HEADS } from '../../lang/en/attribution-person-heads.js';
import { SPEAKER_ROLE_NOUNS } from '../../lang/en/attribution-source-heads.js';
import { CLAIMANT_RELATIVES } from '../../lang/en/claimant-cuts.js';
import type { Span } from '../../model/span.js';
import { agedName } from './aged-name.js';
import { trimClaimant } from './trim-claimant.js';

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

/** Commas and dashes that set a relative clause off ("the men, who …", "the guard — who …"). */
const SET_OFF = /[,;—–]\s*$/u;

/** An indefinite article and an acronym, nothing after ("a UN", "an E.U."): a phrase cut before its head. */
const HEADLESS = /^an?\s+\p{Lu}[\p{Lu}.]*\p{Lu}\.?$/u;
/** Up to three lower-case words after the cut, the last a speaking role or person word (" aid official"). */
const HEAD_AFTER = /^(?:\s+\p{Ll}+){1,3}/u;

/** The phrase "a UN" with the head it was cut from ("a UN official", "a UN aid official"), or null. */
const withHead = (text: string, s: Span): Span | null => {
  const words =
    HEAD_AFTER.exec(text.slice(s.end, s.end + 60))?.[0]
      .split(/\s+/u)
      .slice(1) ?? [];
  const last = words.findIndex((w) => SPEAKER_ROLE_NOUNS.has(w) || ATTRIBUTION_PERSON_HEADS.has(w));
  if (last < 0) return null;
  const after = text.slice(s.end);
  const end = s.end + after.indexOf(words[last]!) + words[last]!.length;
  return { start: s.start, end };
};

/**
 * The words that name who makes a claim or states a figure, from its attribution's source: cut before a relative
 * clause (CLAIMANT_RELATIVES after at least one word, not in capitals: "a WHO official" stays) that is set off by a comma or dash ("the men, who got
 * married last month" → "the men") or left with no words after its pronoun ("a member of a commission who" →
 * "a member of a commission"), with the comma and spaces before it. A relative clause that says which ones
 * ("doctors who treat the wounded") is part of the name and stays, and so does a source holding none. A name
 * before an age is the claimant alone ("Ahmed, 26, a student" → "Ahmed": aged-name.ts). What clings to the
 * phrase's edges goes first (") November a spokesperson" → "a spokesperson": trim-claimant.ts). An article and an
 * acronym cut from their head take it back ("a UN" before "official said" → "a UN official"), else are nothing. May
 * be empty.
 */
export const claimantSpan = (text: string, whole: Span): Span => {
  const trimmed = trimClaimant(text, whole);
  const source = HEADLESS.test(text.slice(trimmed.start, trimmed.end))
    ? (withHead(text, trimmed) ?? { start: trimmed.start, end: trimmed.start })
    : trimmed;
  const aged = agedName(text, source);
  if (aged) return aged;
  const words = [...text.slice(source.start, source.end).matchAll(WORD)];
  const cut = words.findIndex(
    (w, i) =>
      i > 0 &&
      CLAIMANT_RELATIVES.has(w[0].toLowerCase()) &&
      w[0] !== w[0].toUpperCase() &&
      (i === words.length - 1 || SET_OFF.test(text.slice(source.start, source.start + w.index))),
  );
  if (cut < 0) return { start: source.start, end: source.end };
  let end = source.start + words[cut]!.index;
  while (end > source.start && /[\s,;:—–-]/u.test(text[end - 1]!)) end -= 1;
  return { start: source.start, end };
};
