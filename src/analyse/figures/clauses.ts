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

const RELATIVES = new Set(['which', 'who']);

/**
 * A sentence's tokens cut into clauses at ";", ":", dashes, "while"/"but", a comma before a conjunction or
 * relative pronoun (", and over half … has been displaced"), and the comma that closes a relative clause
 * before the main verb goes on ("Ann, who had 16 children in her care, was filmed"). Returns the clause index
 * of every token.
 */
export const clauseIndex = (tokens: readonly Token[]): number[] => {
  const out: number[] = [];
  let clause = 0;
  let relative = false;
  tokens.forEach((t, i) => {
    const next = tokens[i + 1]?.norm ?? '';
    // a finite verb, not a participle that goes on with the relative clause (", including 3 children")
    const verb = (tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.pos === 'AUX') && !/ing$/.test(next);
    if (BREAKS.has(t.norm) || (t.norm === ',' && AFTER_COMMA.has(next))) {
      clause++;
      relative = t.norm === ',' && RELATIVES.has(next);
    } else if (relative && t.norm === ',' && verb) {
      clause++;
      relative = false;
    }
    out.push(clause);
  });
  return out;
};
