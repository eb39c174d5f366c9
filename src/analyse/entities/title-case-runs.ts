import type { Token } from '../../model/token.js';
import { entityKey } from './entity-key.js';
import type { Typed } from './typed-run.js';

const CLOSED = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'AUX', 'PART']);
const LOWER = /\p{Ll}/u;
const CAPITAL = /^\p{Lu}/u;

/**
 * Sentences written in title case, as headlines are ("Why The Mali Coup Threatens All Of West Africa"): every
 * word capitalised, a function word among them past the first, and not all in capitals (CoNLL-style headlines
 * are upper case, and the tagger reads those well).
 */
const titleCaseSentences = (text: string, tokens: readonly Token[]): Set<number> => {
  const state = new Map<number, { words: number; lower: boolean; closed: boolean; mixed: boolean }>();
  tokens.forEach((t, i) => {
    const s = text.slice(t.span.start, t.span.end);
    if (t.kind !== 'word' || !/\p{L}/u.test(s)) return;
    const v = state.get(t.sentence) ?? { words: 0, lower: false, closed: false, mixed: false };
    v.words += 1;
    if (!CAPITAL.test(s)) v.lower = true;
    else if (LOWER.test(s)) v.mixed = true;
    if (CAPITAL.test(s) && CLOSED.has(t.pos ?? '') && tokens[i - 1]?.sentence === t.sentence) v.closed = true;
    state.set(t.sentence, v);
  });
  const out = new Set<number>();
  for (const [s, v] of state) if (v.words >= 3 && !v.lower && v.mixed && v.closed) out.add(s);
  return out;
};

/**
 * In a title-case headline, a run that holds a function word past its first ("All", "Of") and names the
 * document's other sentences use keeps only those
 * ("Mali Coup Threatens All Of" → "Mali", untyped, so it takes the document's type for "Mali"); a run holding none
 * stays as the tagger found it.
 */
export const titleCaseRuns = (text: string, tokens: readonly Token[], runs: readonly Typed[]): Typed[] => {
  const headlines = titleCaseSentences(text, tokens);
  if (headlines.size === 0) return [...runs];
  const keyOf = (a: number, b: number) => entityKey(text.slice(tokens[a]!.span.start, tokens[b]!.span.end));
  const known = new Set<string>();
  for (const r of runs) if (!headlines.has(tokens[r.first]!.sentence)) known.add(keyOf(r.first, r.last));
  const out: Typed[] = [];
  for (const r of runs) {
    const closedInside = tokens.slice(r.first + 1, r.last + 1).some((t) => CLOSED.has(t.pos ?? ''));
    if (!closedInside || !headlines.has(tokens[r.first]!.sentence) || known.has(keyOf(r.first, r.last))) {
      out.push(r);
      continue;
    }
    const parts: Typed[] = [];
    for (let a = r.first; a <= r.last; a += 1) {
      for (let b = r.last; b >= a; b -= 1) {
        if (!known.has(keyOf(a, b))) continue;
        parts.push({ first: a, last: b, type: null });
        a = b;
        break;
      }
    }
    out.push(...(parts.length > 0 ? parts : [r]));
  }
  return out;
};
