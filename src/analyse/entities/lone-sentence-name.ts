import { ATTRIBUTION_CUES } from '../../lang/en/attribution-cues.js';
import {
  CLAIM_SPEAKER_NOUNS,
  CLAIM_SPEAKER_SUFFIX_MIN_LENGTH,
  CLAIM_SPEAKER_SUFFIXES,
} from '../../lang/en/claim-sources.js';
import { PERSON_SUBJECT_VERBS } from '../../lang/en/entities-person-verbs.js';
import { GENERIC_SUBJECT_NOUNS } from '../../lang/en/events-generic-present.js';
import type { Token } from '../../model/token.js';
import { inWinkLexicon } from '../segment/wink-nlp.js';

/** One capitalised word, no two capitals in a row ("Merkel", "O'Neill", "McConville"; not "NATO", "DBMSs"). */
const WORD = /^\p{Lu}(?:[\p{Ll}'’-]|\p{Lu}(?!\p{Lu}))*\p{Ll}$/u;
/** Abstract or mass nouns by their ending ("Hellenization", "Judaism", "Assyriology", "Christianity"). */
const ABSTRACT = /(?:ism|ology|i[sz]ation|ness|ment|tion|ity)$/;
/** A plural by its shape ("Kolaches", "Jones"; not "Crassus", "Bábís", "Dennis"). */
const PLURAL = /[^sui]s$/u;
/** Verb forms after a plural subject ("Kolaches are", "Medics include"). */
const PLURAL_VERB = /^(?:are|were|have|do|[\p{L}]*[^s])$/u;
/** Speech verbs that take a person for subject; "reports", "announced" also follow companies ("Metacritic"). */
const SAYS: ReadonlySet<string> = new Set(
  ATTRIBUTION_CUES.flatMap((c) =>
    c.forms.some((f) => f === 'said' || f === 'told' || f === 'added') ? c.forms : [],
  ),
);
const PEOPLE: ReadonlySet<string> = new Set([...CLAIM_SPEAKER_NOUNS, ...GENERIC_SUBJECT_NOUNS]);
const AGE_MAX = 120;

/** Singular forms an English plural may have: "medics" → "medic", "witnesses" → "witness", "bodies" → "body". */
const singulars = (w: string): string[] => {
  if (!w.endsWith('s') || w.endsWith('ss')) return [];
  const out = [w.slice(0, -1)];
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  return out;
};

/** A noun for people or a common word in the plural ("Medics", "Paramedics", "Pediatricians"): no name. */
const commonNoun = (w: string): boolean =>
  PEOPLE.has(w) ||
  [w, ...singulars(w)].some(
    (s) =>
      PEOPLE.has(s) ||
      inWinkLexicon(s) ||
      (s.length >= CLAIM_SPEAKER_SUFFIX_MIN_LENGTH && CLAIM_SPEAKER_SUFFIXES.some((x) => s.endsWith(x))),
  );

/** ", 26,": an age in commas right after token `i`. */
const ageAfter = (text: string, tokens: readonly Token[], i: number): boolean => {
  const n = tokens[i + 2];
  if (tokens[i + 1]?.norm !== ',' || tokens[i + 3]?.norm !== ',' || n?.kind !== 'number') return false;
  const age = Number(text.slice(n.span.start, n.span.end));
  return Number.isInteger(age) && age > 0 && age <= AGE_MAX;
};

/**
 * A sentence's first word that names someone though the tagger left it untagged: one capitalised word the
 * document never writes in lower case and wink's lexicon lacks ("putin", "merkel", not "police"), no noun for
 * people, plural of a common word or abstract noun, followed by a verb or by an age in commas. 'person' when a
 * speech verb or a verb only people do (after at most one auxiliary: "Merkel has said", "Putin spoke") or an age
 * follows ("Ahmed, 26, said"), unless the word is plural in shape; 'name' after any other verb ("Ecomuseums
 * proliferated"); null otherwise.
 */
export const loneSentenceName = (
  text: string,
  tokens: readonly Token[],
  i: number,
  lowerSeen: ReadonlySet<string>,
): 'person' | 'name' | null => {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.kind !== 'word' || !next || next.sentence !== t.sentence) return null;
  if (!WORD.test(text.slice(t.span.start, t.span.end)) || lowerSeen.has(t.norm)) return null;
  // The sentence's very first token: not a title's first word after a quote ("Chansons pour elle").
  if (tokens[i - 1]?.sentence === t.sentence || inWinkLexicon(t.norm) || commonNoun(t.norm)) return null;
  if (ABSTRACT.test(t.norm)) return null;
  if (ageAfter(text, tokens, i)) return 'person';
  const verbal = next.pos === 'VERB' || next.pos === 'AUX';
  if (!verbal) return null;
  // "Kolaches are", "Belemnoids include": a plural subject; "Ecomuseums proliferated" is left a bare name.
  const plural = PLURAL.test(t.norm);
  if (plural && PLURAL_VERB.test(next.norm) && !next.norm.endsWith('ed') && !SAYS.has(next.norm)) return null;
  const verb = next.pos === 'AUX' && tokens[i + 2]?.sentence === t.sentence ? tokens[i + 2]! : next;
  const says =
    /^\p{Ll}/u.test(text.slice(verb.span.start, verb.span.end)) &&
    (SAYS.has(verb.norm) || PERSON_SUBJECT_VERBS.has(verb.norm));
  return says && !plural ? 'person' : 'name';
};
