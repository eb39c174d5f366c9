import { DETERMINERS } from '../../lang/en/attribution-syntax.js';
import { AUXILIARY_VERBS } from '../../lang/en/auxiliary-verbs.js';
import {
  GENERIC_SUBJECT_NOUNS,
  GENERIC_VERB_ADVERBS,
  IRREGULAR_PAST_FORMS,
  SENTENCE_FINAL_MARKS,
} from '../../lang/en/events-generic-present.js';
import type { Span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import type { TokenRange } from './clause-of.js';

const AUXILIARIES = new Set(AUXILIARY_VERBS);
/** How many words may modify the subject's head before it ("riot police", "off-duty officers"). */
const SUBJECT_MODIFIERS = 2;
/** Tags a plain present verb may carry (null: untagged): the tagger often reads one after a plural subject as a
 * noun or an adjective ("officers rush/NOUN in", "soldiers open/ADJ fire"). */
const VERB_TAGS = new Set(['VERB', 'NOUN', 'ADJ']);
const CLOSING = /^["”’')\]]+$/;

const isAdverb = (t: Token): boolean =>
  t.pos === 'ADV' || GENERIC_VERB_ADVERBS.has(t.norm) || (t.kind === 'word' && /.ly$/.test(t.norm));

/** A past form: "-ed" (when not tagged as something other than a verb), or an irregular past. */
const isPast = (t: Token): boolean =>
  IRREGULAR_PAST_FORMS.has(t.norm) ||
  (t.kind === 'word' && /..ed$/.test(t.norm) && (t.pos === null || t.pos === 'VERB' || t.pos === 'AUX'));

/** A plain present verb after a plural subject: the base form ("charge", "press"), not "-s", "-ed" or "-ing". */
const isPlainPresent = (t: Token): boolean =>
  t.kind === 'word' &&
  (t.pos === null || VERB_TAGS.has(t.pos)) &&
  !AUXILIARIES.has(t.norm) &&
  !isPast(t) &&
  !/ing$/.test(t.norm) &&
  !/[^s]s$/.test(t.norm);

/**
 * Whether the words after the verb name one thing or count ("seize the town of Qayyarah", "arrest two men"):
 * a kind of people does what it does to kinds of things, so a name or a number (a token, or one of the `named`
 * entity and figure spans) makes the clause one happening.
 */
const namesOne = (toks: readonly Token[], from: number, to: number, named: readonly Span[]): boolean => {
  if (from >= to) return false;
  const [start, end] = [toks[from]!.span.start, toks[to - 1]!.span.end];
  return (
    toks.slice(from, to).some((t) => t.kind === 'number' || t.pos === 'PROPN' || t.pos === 'NUM') ||
    named.some((m) => start <= m.start && m.end <= end)
  );
};

/** Whether the sentence ends as a sentence does, not as a headline. */
const endsAsSentence = (toks: readonly Token[]): boolean => {
  let i = toks.length - 1;
  while (i > 0 && CLOSING.test(toks[i]!.norm)) i -= 1;
  return SENTENCE_FINAL_MARKS.has(toks[i]?.norm ?? '');
};

/**
 * Whether a trigger's clause tells what a kind of people does, not one happening: it opens with a bare plural
 * subject naming people by role (no determiner, number or name: "police", "riot police", "officers"), its verb
 * is a plain present ("Police immediately charge in to stop the shooting"), no word of the clause is a past
 * form, no time is told in it, and nothing after the verb is named or counted (namesOne). A headline ("Gunman
 * kills 3 in Texas", "Rebels seize town") has no final mark and tells the past in the present: never generic.
 * `times` are the spans of the sentence's times, `named` those of its entities and figures.
 */
export const genericPresent = (
  toks: readonly Token[],
  clause: TokenRange,
  trigger: TokenRange,
  times: readonly Span[],
  named: readonly Span[],
): boolean => {
  if (!endsAsSentence(toks)) return false;
  const words = toks.slice(clause.first, clause.last);
  if (words.some(isPast)) return false;
  const start = toks[clause.first]!.span.start;
  const end = toks[clause.last - 1]!.span.end;
  if (times.some((t) => t.start < end && start < t.end)) return false;
  let head = clause.first;
  while (head < Math.min(clause.first + SUBJECT_MODIFIERS, trigger.last)) {
    const t = toks[head]!;
    if (GENERIC_SUBJECT_NOUNS.has(t.norm)) break;
    if (t.kind !== 'word' || DETERMINERS.has(t.norm) || t.pos === 'PROPN' || t.pos === 'PRON') return false;
    head += 1;
  }
  if (!GENERIC_SUBJECT_NOUNS.has(toks[head]?.norm ?? '')) return false;
  let verb = head + 1;
  while (verb < trigger.last && isAdverb(toks[verb]!)) verb += 1;
  return verb < trigger.last && isPlainPresent(toks[verb]!) && !namesOne(toks, verb + 1, clause.last, named);
};
