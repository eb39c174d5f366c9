import { ABBREVIATIONS } from '../../lang/en/entities-abbreviations.js';
import type { Token } from '../../model/token.js';
import { loadNerModel } from '../../ner/load-ner-model.js';

const SHOUTED = /^\p{Lu}{4,}$/u;
const LOWER = /\p{Ll}/u;
/** Gazetteer types that make a capitalised word a known name ("Rangers", "Sycamore"); not MISC ("Modern"). */
const NAMED = /PER|ORG|LOC/;

/**
 * True for a common word written in capitals inside running text ("FOR MOVEMENT FRIDAY …", "as reported in
 * MODERN"): four or more capital letters, a word the tagger's vocabulary knows in lower case, in a sentence that
 * has lower-case words (an all-capitals headline keeps its names), and neither a name its gazetteer lists (as
 * written, "AIDS", or capitalised as a name, "Rangers"), an abbreviation, nor an acronym the document defines in
 * brackets ("(ACORN)").
 */
export const shoutedWord = (text: string, tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i]!;
  const word = text.slice(t.span.start, t.span.end);
  if (!SHOUTED.test(word)) return false;
  const lower = word.toLowerCase();
  const { clusters, gazetteer } = loadNerModel().resources;
  if (!clusters.has(lower) || ABBREVIATIONS.has(lower) || text.includes(`(${word})`)) return false;
  const title = word.charAt(0) + lower.slice(1);
  if (gazetteer.has(word) || NAMED.test(gazetteer.get(title) ?? '')) return false;
  const running = (k: number) => {
    const u = tokens[k]!;
    return u.kind === 'word' && LOWER.test(text.slice(u.span.start, u.span.end));
  };
  for (let k = i - 1; k >= 0 && tokens[k]!.sentence === t.sentence; k -= 1) if (running(k)) return true;
  for (let k = i + 1; k < tokens.length && tokens[k]!.sentence === t.sentence; k += 1)
    if (running(k)) return true;
  return false;
};
