import { findQuotes } from '../../analyse/attribution/find-quotes.js';
import { RECORD_NOUNS } from '../../lang/en/attribution-evidence.js';
import { QUOTED_PERSON_PRONOUNS } from '../../lang/en/attribution-quoted-pronouns.js';
import {
  PARTITIVE_HEADS,
  SOURCE_HEAD_CUTS,
  SPEAKER_ROLE_NOUNS,
} from '../../lang/en/attribution-source-heads.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../lang/en/calendar-words.js';
import {
  CLAIM_NON_SPEAKERS,
  CLAIM_PARTITIVES,
  CLAIM_SPEAKER_NOUNS,
  CLAIM_SPEAKER_PRONOUNS,
  CLAIM_SPEAKER_SUFFIX_MIN_LENGTH,
  CLAIM_SPEAKER_SUFFIXES,
} from '../../lang/en/claim-sources.js';
import { PERSON_TITLES } from '../../lang/en/entities-titles.js';
import { NUMBER_TENS, NUMBER_UNITS } from '../../lang/en/figures-number-words.js';
import { LINK_STOPWORDS } from '../../lang/en/link-stopwords.js';
import type { Attribution } from '../../model/attribution.js';
import type { EntityMention, EntityType } from '../../model/entity-mention.js';
import { type Span, spanContains } from '../../model/span.js';
import { agedName } from './aged-name.js';

const SPEAKERS: ReadonlySet<EntityType> = new Set(['person', 'organization', 'group']);
const WORDS = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.%-]*|,/gu;

/** Nouns a speaking source is headed by: CLAIM_SPEAKER_NOUNS, speaking roles, records, the last word of titles. */
const SPEAKER_NOUNS: ReadonlySet<string> = new Set(
  [
    ...CLAIM_SPEAKER_NOUNS,
    ...SPEAKER_ROLE_NOUNS,
    ...RECORD_NOUNS,
    ...PERSON_TITLES.map((t) => t.split(' ').at(-1)!),
  ].map((w) => w.toLowerCase()),
);
/** Capitalised words that are no part of a name: stopwords, non-speakers, months and weekdays. */
const NOT_NAMES: ReadonlySet<string> = new Set(
  [...LINK_STOPWORDS, ...CLAIM_NON_SPEAKERS, ...Object.keys(MONTH_NAMES), ...Object.keys(WEEKDAY_NAMES)].map(
    (w) => w.toLowerCase(),
  ),
);

const listed = (w: string): boolean => {
  const has = SPEAKER_NOUNS;
  return (
    has.has(w) ||
    (w.endsWith('s') && has.has(w.slice(0, -1))) ||
    (w.endsWith('es') && has.has(w.slice(0, -2))) ||
    (w.endsWith('ies') && has.has(`${w.slice(0, -3)}y`))
  );
};

/**
 * A speaker noun, singular or plural ("residents", "witnesses", "agencies"), the last part of a hyphenated one
 * ("ex-employee"), or a noun of a trade ("pediatrician", "anthropologists").
 */
export const isSpeakerNoun = (word: string): boolean => {
  const w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[.%]+$/, '');
  const part = w.split('-').at(-1)!;
  const single = part.endsWith('s') ? part.slice(0, -1) : part;
  return (
    listed(w) ||
    listed(part) ||
    (single.length >= CLAIM_SPEAKER_SUFFIX_MIN_LENGTH &&
      CLAIM_SPEAKER_SUFFIXES.some((x) => single.endsWith(x)))
  );
};

/** A count of people standing for them ("five said", "23 said", "64% reported"). */
const isCount = (word: string): boolean => {
  const w = word.toLowerCase();
  return /^\d[\d,.]*%?$/.test(w) || w in NUMBER_UNITS || w in NUMBER_TENS;
};

interface Word {
  readonly text: string;
  readonly start: number;
}

/** The words of a source phrase's head part: up to the first cut word after the head ("officials in Gaza" → officials), past "some of". */
export const headPart = (text: string, source: Span): Word[] => {
  const all = [...text.slice(source.start, source.end).matchAll(WORDS)].map((m) => ({
    text: m[0],
    start: source.start + m.index,
  }));
  const out: Word[] = [];
  for (const [i, w] of all.entries()) {
    const lower = w.text.toLowerCase();
    if (i > 0 && SOURCE_HEAD_CUTS.has(lower)) {
      const before = out.at(-1)?.text.toLowerCase() ?? '';
      const partitive = lower === 'of' && (PARTITIVE_HEADS.has(before) || CLAIM_PARTITIVES.has(before));
      if (!partitive) break;
      continue;
    }
    out.push(w);
  }
  return out;
};

/** Whether the text before `at` ends a sentence (or there is none): a capital there proves no name. */
const sentenceInitial = (text: string, at: number): boolean => {
  let i = at - 1;
  while (i >= 0 && /[\s"“”'‘’(]/u.test(text[i]!)) i -= 1;
  return i < 0 || /[.!?:;]/.test(text[i]!);
};

/** A capitalised word inside a sentence that no stopword or quantifier explains: part of a name. */
const isName = (text: string, w: Word): boolean =>
  /^\p{Lu}/u.test(w.text) && !NOT_NAMES.has(w.text.toLowerCase()) && !sentenceInitial(text, w.start);

/** '"… I said we would fight."': "I", "we" or "you" inside a quotation, with no speaker known (none resolved). */
const unknownQuotedPerson = (text: string, w: Word): boolean =>
  QUOTED_PERSON_PRONOUNS.has(w.text.toLowerCase()) &&
  findQuotes(text).some((q) => q.content.start <= w.start && w.start < q.content.end);

/**
 * Whether an attribution's source is someone who can make a claim: no source named (the outlet's report, a
 * quotation going on); a source resolved to a person, organisation or group; or a phrase whose head part holds
 * such an entity, a name (a name before an age: "Ahmed, 26"), a speaker noun (person, role, body, medium, document), ends in a count of people or is
 * a personal pronoun ("I", "we", "you" not inside a quotation whose speaker is unknown). Not
 * "nothing", "the region", "the outside world".
 */
export const isClaimSource = (
  text: string,
  attribution: Pick<Attribution, 'source' | 'sourceMentionId'>,
  mentions: readonly EntityMention[],
): boolean => {
  const { source, sourceMentionId } = attribution;
  if (source === null) return true;
  const resolved = sourceMentionId === null ? undefined : mentions.find((m) => m.id === sourceMentionId);
  if (resolved !== undefined && SPEAKERS.has(resolved.type)) return true;
  if (agedName(text, source)) return true;
  const head = headPart(text, source);
  if (head.length === 0) return false;
  const last = head.at(-1)!;
  const end = last.start + last.text.length;
  const within = { start: head[0]!.start, end };
  if (mentions.some((m) => SPEAKERS.has(m.type) && spanContains(within, m.span))) return true;
  // A name of any kind heads the phrase ("Mali said", "Washington said": the country speaks).
  if (mentions.some((m) => m.span.start <= last.start && m.span.end >= end)) return true;
  if (head.length === 1 && CLAIM_SPEAKER_PRONOUNS.has(head[0]!.text.toLowerCase()))
    return !unknownQuotedPerson(text, head[0]!);
  return isCount(last.text) || head.some((w) => isSpeakerNoun(w.text) || isName(text, w));
};
