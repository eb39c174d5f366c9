import {
  AGE_HEAD,
  APPOSITION_HEADS,
  APPOSITION_OPENERS,
  KINSHIP_NOUNS,
} from '../../lang/en/entities-appositions.js';
import { POSSESSIVE_DETERMINERS } from '../../lang/en/possessive-determiners.js';
import type { Token } from '../../model/token.js';

const OPENERS: ReadonlySet<string> = new Set([...APPOSITION_OPENERS, ...POSSESSIVE_DETERMINERS]);
/** A description ends at these parts of speech ("a daily in Moscow", "a daily owned by …", "a paper that …"). */
const STOP_POS: ReadonlySet<string> = new Set(['ADP', 'VERB', 'AUX', 'PRON', 'SCONJ', 'CCONJ']);
const LOWER = /^\p{Ll}/u;
const CLOSERS: ReadonlySet<string> = new Set([',', '.', ';', ')', '—', '–']);
/** How far a description may run to its head ("the country's largest privately owned daily"). */
const MAX_WORDS = 8;

/**
 * The type the description apposed to a name gives it: "Izvestia, a pro-Kremlin daily," an organisation, "Lena
 * Ortiz, a 40-year-old teacher," or "his daughter, Elena," a person, "Dunmore, a small mining town," a place.
 * The description's head (its last word before a comma, a preposition or a verb) must be a known noun; null
 * when there is no apposition or its head types nothing.
 */
export const appositionType = (
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
): 'person' | 'organization' | 'place' | null => {
  const sentence = tokens[first]!.sentence;
  const at = (i: number) => (tokens[i]?.sentence === sentence ? tokens[i] : undefined);
  const lower = (i: number) => {
    const t = at(i);
    return t !== undefined && LOWER.test(text.slice(t.span.start, t.span.end));
  };
  // "his daughter, Elena, said" / "the singer's wife Sunita": a kin noun made definite before the name.
  const kinAt = at(first - 1)?.norm === ',' ? first - 2 : first - 1;
  if (KINSHIP_NOUNS.has(at(kinAt)?.norm ?? '') && lower(kinAt)) {
    let k = kinAt - 1;
    while (at(k)?.pos === 'ADJ' && lower(k)) k -= 1;
    const det = at(k)?.norm ?? '';
    const closes = kinAt === first - 1 || [',', '.', undefined].includes(at(last + 1)?.norm);
    if (closes && (det === "'s" || det === "'" || OPENERS.has(det))) return 'person';
  }
  // "Izvestia, a pro-Kremlin daily, reported": a comma, an opener, then words up to the head.
  if (at(last + 1)?.norm !== ',' || !OPENERS.has(at(last + 2)?.norm ?? '') || !lower(last + 2)) return null;
  let head = -1;
  let end = last + 3;
  for (; end <= last + 2 + MAX_WORDS; end += 1) {
    const t = at(end);
    if (t === undefined) break;
    const joiner = t.norm === '-' || t.norm === "'s" || t.norm === "'";
    if (!joiner && (t.kind === 'punctuation' || STOP_POS.has(t.pos ?? ''))) break;
    if (t.kind === 'word' && !joiner) head = end;
  }
  // It closes with punctuation ("In Lyon, a man in a red coat" describes no Lyon), and no name follows that it
  // could describe instead ("In Moscow, a pro-Kremlin daily, Izvestia, said").
  const close = at(end);
  if (head < 0 || !lower(head) || (close !== undefined && !CLOSERS.has(close.norm))) return null;
  if (close?.norm === ',' && at(end + 1) !== undefined && !lower(end + 1)) return null;
  const word = tokens[head]!.norm;
  if (word === AGE_HEAD[1] && tokens[head - 2]?.norm === AGE_HEAD[0]) return 'person';
  return APPOSITION_HEADS[word] ?? null;
};
