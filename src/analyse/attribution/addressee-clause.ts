import { ADDRESSEE_PRONOUNS, CLAUSE_SUBJECT_PRONOUNS } from '../../lang/en/attribution-participles.js';
import type { Token } from '../../model/token.js';

/** Longest listener ("the Associated Press") and longest subject ("the head of the council") read. */
const MAX_NP = 6;
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const DETERMINER = new Set(['DET']);

/** A word that can sit inside a short noun phrase: a noun, name, adjective or number, or a capitalised word. */
const nominal = (t: Token | undefined, text: string): boolean =>
  t !== undefined &&
  t.kind === 'word' &&
  (NOMINAL.has(t.pos ?? '') || /^\p{Lu}/u.test(text.slice(t.span.start, t.span.end)));

/** The index after a short noun phrase at `i` ([det] nominal+), or -1; a determiner after a noun ends it. */
const phraseEnd = (text: string, toks: readonly Token[], i: number, end: number): number => {
  let k = i;
  if (DETERMINER.has(toks[k]?.pos ?? '')) k += 1;
  const first = k;
  while (k < end && k - i < MAX_NP && nominal(toks[k], text) && !DETERMINER.has(toks[k]!.pos ?? '')) k += 1;
  return k > first ? k : -1;
};

/** A finite verb group opens at `i`: an auxiliary, or a verb not in -ing (whose auxiliary would come first). */
export const finiteAt = (toks: readonly Token[], i: number): boolean => {
  const t = toks[i];
  return t !== undefined && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.norm)));
};

/** Whether tokens at `i` open a finite clause: a subject (pronoun or short noun phrase) then a finite verb. */
export const opensClause = (text: string, toks: readonly Token[], i: number, end: number): boolean => {
  if (CLAUSE_SUBJECT_PRONOUNS.has(toks[i]?.norm ?? '')) return finiteAt(toks, i + 1);
  const k = phraseEnd(text, toks, i, end);
  return k > 0 && finiteAt(toks, k);
};

/**
 * "He told reporters the talks had failed", "She told him she was leaving": where the clause after a cue's
 * listener opens when no "that", colon or quotation marks it — the listener an object pronoun or a short noun
 * phrase (with one place: "reporters in Kabul"), then a finite clause. Null when none stands there ("told the men
 * the truth", "told the story of the war").
 */
export const clauseAfterAddressee = (
  text: string,
  toks: readonly Token[],
  afterCue: number,
  end: number,
): number | null => {
  let k = ADDRESSEE_PRONOUNS.has(toks[afterCue]?.norm ?? '')
    ? afterCue + 1
    : phraseEnd(text, toks, afterCue, end);
  if (k < 0) return null;
  if (toks[k]?.pos === 'ADP' && !opensClause(text, toks, k, end)) {
    const place = phraseEnd(text, toks, k + 1, end);
    if (place > 0) k = place;
  }
  return k < end && opensClause(text, toks, k, end) ? k : null;
};
