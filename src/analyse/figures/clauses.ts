import type { Token } from '../../model/token.js';

const BREAKS = new Set([';', ':', '—', '–', 'while', 'but', 'whereas']);
const AFTER_COMMA = new Set([
  'and',
  'but',
  'while',
  'which',
  'who',
  'where',
  'whereas',
  'although',
  'though',
]);

/**
 * A sentence's tokens cut into clauses at ";", ":", dashes, "while"/"but", and a comma before a
 * conjunction or relative pronoun (", and over half … has been displaced"). Returns the clause index of
 * every token.
 */
export const clauseIndex = (tokens: readonly Token[]): number[] => {
  const out: number[] = [];
  let clause = 0;
  tokens.forEach((t, i) => {
    const next = tokens[i + 1]?.norm ?? '';
    if (BREAKS.has(t.norm) || (t.norm === ',' && AFTER_COMMA.has(next))) clause++;
    out.push(clause);
  });
  return out;
};
