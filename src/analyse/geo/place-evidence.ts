import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { LOCAL_FEATURE_HEADS, WIDE_FEATURE_HEADS } from '../../lang/en/geo-feature-words.js';
import { IN_TOWN_HEADS, PLACE_CUES_BEFORE } from '../../lang/en/geo-place-cues.js';
import {
  LOCATIVE_BEFORE,
  LOCATIVE_MODIFIERS,
  PLACE_APPOSITION_NOUNS,
  PLACE_NOUNS_AFTER,
  PLACE_WORDS_BEFORE,
  WORDS_ENDING_PLACE_PHRASE,
} from '../../lang/en/geo-place-evidence-words.js';
import type { Span } from '../../model/span.js';
import type { MentionInfo } from './candidate-features.js';
import { listItems } from './list-items.js';

const WIDE_HEADS = new Set(WIDE_FEATURE_HEADS);
const HEADS = new Set([...LOCAL_FEATURE_HEADS, ...WIDE_FEATURE_HEADS]);
const NOUNS_AFTER = new Set(PLACE_NOUNS_AFTER);
const SITE_WORDS = new Set(IN_TOWN_HEADS);
const MODIFIERS = LOCATIVE_MODIFIERS.join('|');
/** "in", "at the", "outside northern" … right before a name; group 1 is "the" if any. */
const LOCATIVE = new RegExp(
  `(?:^|[^\\p{L}])(?:${LOCATIVE_BEFORE.join('|')})\\s+(the\\s+)?(?:(?:${MODIFIERS})\\s+){0,2}$`,
  'iu',
);
/** "the village of", "the capital", "east of" right before a name. */
const CUE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...PLACE_CUES_BEFORE, ...PLACE_WORDS_BEFORE].join('|')})\\s+(?:the\\s+)?$`,
  'iu',
);
/** ", a Georgian town", ", a market town in …" right after a name. */
const APPOSITION = new RegExp(
  `^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${PLACE_APPOSITION_NOUNS.join('|')})\\b`,
  'u',
);
/** The lower-case word right after a name. */
const WORD_AFTER = /^\s+(\p{Ll}+)/u;
const PHRASE_ENDS = new Set(WORDS_ENDING_PLACE_PHRASE);
/** The capitalised word right after a name ("[Cedar Flat] Rd."). */
const NAME_WORD_AFTER = /^\s+(\p{Lu}\p{Ll}*)\b/u;
/** A short acronym the gazetteer lacks ("UF", "HHS", "TIF"): an organisation's far more often than a place's. */
const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/;
/** A dateline in capitals with a date ("SOUTH WAZIRISTAN, April 5 (APP):"). */
const DATED = /^,\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2}\b/u;
const LINE_START = /(?:^|\n)\s*$/;

/**
 * Whether a name (normalised) or the word after it is a natural feature's head too wide to be placed by the
 * document's main town: "Atlantic Coast", "Gulf of Aden", "[Sahara] desert".
 */
export const isWideFeature = (norm: string, text: string, end: number): boolean => {
  const words = norm.split(' ');
  if (
    words.length > 1 &&
    (WIDE_HEADS.has(words.at(-1)!) || (WIDE_HEADS.has(words[0]!) && words[1] === 'of'))
  ) {
    return true;
  }
  const after = WORD_AFTER.exec(text.slice(end, end + 24))?.[1];
  return after !== undefined && WIDE_HEADS.has(after);
};

/**
 * Whether a locative preposition governs the name itself, not a longer phrase it modifies: "in USTR's report",
 * "in the Skripal affair" (after "the", a lower-case word other than a function word continues the phrase).
 */
const locative = (before: string, after: string): boolean => {
  const m = LOCATIVE.exec(before);
  if (!m || /^['’]s\b/.test(after)) return false;
  const word = WORD_AFTER.exec(after)?.[1];
  return m[1] === undefined || word === undefined || PHRASE_ENDS.has(word);
};

/**
 * Whether a word for a place says the mention is one: a place word before or after it ("the village of Nagrig",
 * "the Hardeetown area", "Silverado Ranch", "Tamarasheni, a Georgian town"), a region after it ("Camp Murray,
 * Wash."), a dateline; not a bare preposition ("in Sylmar", "Posted in Humor").
 */
export const hasPlaceCue = (text: string, { start, end }: Span, info: MentionInfo): boolean => {
  const name = text.slice(start, end);
  if (ACRONYM.test(name)) return false;
  if (info.cue !== null || info.containers.length > 0 || info.inTown) return true;
  const words = info.norm.split(' ');
  if (words.length > 1 && (HEADS.has(words[0]!) || HEADS.has(words.at(-1)!))) return true;
  const before = text.slice(Math.max(0, start - 48), start);
  const after = text.slice(end, end + 48);
  if (CUE_BEFORE.test(before) || APPOSITION.test(after)) return true;
  const word = WORD_AFTER.exec(after)?.[1];
  if (word !== undefined && (NOUNS_AFTER.has(word) || SITE_WORDS.has(word))) return true;
  const next = NAME_WORD_AFTER.exec(after)?.[1];
  if (next !== undefined && SITE_WORDS.has(next.toLowerCase())) return true;
  return LINE_START.test(before) && name === name.toUpperCase() && DATED.test(after);
};

/** What the text right around one mention says of it being a place: a place cue or a locative preposition. */
const localEvidence = (text: string, span: Span, info: MentionInfo): boolean =>
  hasPlaceCue(text, span, info) ||
  (!ACRONYM.test(text.slice(span.start, span.end)) &&
    locative(text.slice(Math.max(0, span.start - 48), span.start), text.slice(span.end, span.end + 48)));

/**
 * Whether the document gives positive evidence that each mention names a place, for a name the gazetteer lacks:
 * a place word before or after it ("the village of Nagrig", "the Hardeetown area", "Silverado Ranch", "a Meadow
 * Grove man", "Tamarasheni, a Georgian town"), a preposition putting something in or near it ("in Sylmar", "at
 * Kentford"), a region after it ("Camp Murray, Wash."), a dateline, a known or vouched-for place in a list with it
 * ("Nuli and Avnevi", "Cambridge, Pleasant City and Lore City"), the long form it abbreviates ("Federally
 * Administered Tribal Areas (FATA)"); any mention of a name vouches for all ("Godless in Godapitiya" … "the mosque
 * at Godapitiya"). A name said with none of these ("a branch of al-Qaeda", "impose Sharia", "on Facebook", "at
 * UF") is not placed by the document's main town.
 */
export const placeEvidence = (
  text: string,
  spans: readonly Span[],
  infos: readonly MentionInfo[],
  lists: readonly (readonly GazetteerEntry[])[],
  embedded: readonly boolean[],
): readonly boolean[] => {
  const named = new Set<number>();
  spans.forEach((s, i) => {
    if (localEvidence(text, s, infos[i]!)) named.add(infos[i]!.nameIndex);
  });
  const known = (j: number): boolean =>
    (lists[j]!.length > 0 && !embedded[j]) || named.has(infos[j]!.nameIndex);
  // The items of a list vouch for each other, and a long form for its acronym.
  const groups = listItems(text, spans);
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of groups) {
      if (group.every((j) => named.has(infos[j]!.nameIndex)) || !group.some(known)) continue;
      for (const j of group) named.add(infos[j]!.nameIndex);
      changed = true;
    }
  }
  return infos.map((m) => named.has(m.nameIndex));
};
