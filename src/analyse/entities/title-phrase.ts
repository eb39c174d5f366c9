import type { Token } from '../../model/token.js';

const CLOSED = new Set(['VERB', 'AUX', 'ADP', 'PRON', 'DET', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'PUNCT']);
const MAX_WORDS = 6;

/** The words of tokens [a, b] as a title phrase key: norms without hyphens ("inspector general"). */
export const titlePhraseKey = (tokens: readonly Token[], a: number, b: number): string =>
  tokens
    .slice(a, b + 1)
    .filter((t) => t.norm !== '-')
    .map((t) => t.norm)
    .join(' ');

/**
 * The title phrases written directly before a person's name at token `first`, two words or more, that "the …"
 * may later refer back by: every tail of the words ("Sinn Féin party leader" → "party leader"), and of the
 * words before an "of" ("Inspector-General of Police" → "inspector general").
 */
export const titlePhrasesBefore = (tokens: readonly Token[], first: number): string[] => {
  const sentence = tokens[first]?.sentence;
  let start = first;
  for (let k = first - 1, words = 0; k >= 0 && words < MAX_WORDS; k -= 1) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) break;
    const hyphen = t.norm === '-' && tokens[k - 1]?.kind === 'word';
    const word = t.kind === 'word' && (t.norm === 'of' || !CLOSED.has(t.pos ?? ''));
    if (!hyphen && !word) break;
    if (word) words += 1;
    start = k;
  }
  const ends = [first - 1];
  for (let k = start; k < first; k += 1) if (tokens[k]!.norm === 'of') ends.push(k - 1);
  const keys = new Set<string>();
  for (const end of ends)
    for (let a = start; a < end; a += 1) {
      if (tokens[a]!.norm === 'of' || tokens[a]!.norm === '-') continue;
      const key = titlePhraseKey(tokens, a, end);
      if (key.includes(' ')) keys.add(key);
    }
  return [...keys];
};
