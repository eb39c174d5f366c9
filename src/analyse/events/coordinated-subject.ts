import {
  OTHER_SUBJECT_WORDS,
  PERSON_NOUNS,
  SUBJECT_VERB_JOINERS,
} from '../../lang/en/events-pronoun-victims.js';
import { CLAUSE_BOUNDARIES } from '../../lang/en/events-syntax.js';
import type { Token } from '../../model/token.js';

/**
 * The index of the subject a verb shares with the verb before it ("He had a seizure and died": "He"), given the
 * index of the joiner right before the verb's group: the first word of the clause, when no clause punctuation and
 * nothing that may bring another subject (a pronoun, a noun naming a person, a subordinator, a name: `named`)
 * stands between it and the joiner (or a comma before it). Null when there is no joiner or the subject is unsure.
 */
export const coordinatedSubject = (
  toks: readonly Token[],
  joiner: number,
  named: (i: number) => boolean,
): number | null => {
  if (!SUBJECT_VERB_JOINERS.has(toks[joiner]?.norm ?? '')) return null;
  // "He fell ill, and died": a comma right before the joiner
  const end = toks[joiner - 1]?.norm === ',' ? joiner - 1 : joiner;
  let first = end - 1;
  while (first > 0 && !CLAUSE_BOUNDARIES.has(toks[first - 1]!.norm)) first -= 1;
  if (first < 0 || first + 1 >= end) return null;
  for (let i = first + 1; i < end; i += 1) {
    const w = toks[i]!.norm;
    if (OTHER_SUBJECT_WORDS.has(w) || PERSON_NOUNS.has(w) || SUBJECT_VERB_JOINERS.has(w) || named(i))
      return null;
  }
  return first;
};
