import { ABBREVIATIONS } from '../../lang/en/entities-abbreviations.js';
import { NOT_NAMES, ORG_NAME_SUFFIXES, UNDOTTED_MONTHS } from '../../lang/en/entities-cues.js';
import {
  HYPHEN_MODIFIER_ENDINGS,
  HYPHEN_MODIFIER_TAILS,
  NEVER_NAME_EDGES,
} from '../../lang/en/entities-type-cues.js';
import type { Token } from '../../model/token.js';
import type { NerType } from '../../ner/ner-labels.js';
import { nerTokenRuns } from '../../ner/ner-spans.js';
import { calendarSurname } from './calendar-surname.js';
import { entityKey } from './entity-key.js';
import type { NameFinder, NameRun } from './find-name-runs.js';
import { hyphenedGivenName } from './hyphened-given-name.js';
import { joinBroadcasterRuns } from './join-broadcaster-runs.js';
import { joinOrgRuns } from './join-org-runs.js';
import { joinSplitRuns } from './join-split-runs.js';
import { dropPositionalHeads } from './positional-head.js';
import { shoutedWord } from './shouted-word.js';
import { titleCaseRuns } from './title-case-runs.js';
import type { Typed } from './typed-run.js';

export type { Typed };

const CAPITAL = /^\p{Lu}/u;
const ACRONYM = /^[\p{Lu}\d&.]+$/u;
const CURRENCY = /[$€£¥]/u;
/**
 * Marks that are never a name's first or last token ("— Police", "Sinn Fein...", "the World'" closing a quoted
 * title); brackets and dots may be.
 */
const EDGE_MARKS: ReadonlySet<string> = new Set([
  '—',
  '–',
  '--',
  '-',
  '...',
  '…',
  ',',
  ';',
  ':',
  "'",
  '"',
  '“',
  '”',
  '‘',
  '’',
]);
/** Parts of speech that never make a one-word name: "Among", "Yes", "Both". */
const CLOSED_WORDS: ReadonlySet<string> = new Set(['ADP', 'CCONJ', 'SCONJ', 'INTJ', 'DET', 'PRON']);
/** Parts of speech never at a name's edge ("And Wilbur" → "Wilbur"). */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['CCONJ', 'SCONJ']);
const ABBREVIATED = /^\p{L}+\.$/u;

/**
 * A run split at every line break inside it: a headline or a caption ends at its line ("Mali Army Retreats" |
 * "Kidal fell …"). The first part keeps the tagger's type, which it read from the run's start; the others are
 * untyped, to take the document's type for them or a cue's.
 */
const splitAtLineBreaks = (text: string, tokens: readonly Token[], r: Typed): Typed[] => {
  const out: Typed[] = [];
  let start = r.first;
  for (let i = r.first; i < r.last; i += 1) {
    if (!text.slice(tokens[i]!.span.end, tokens[i + 1]!.span.start).includes('\n')) continue;
    out.push({ first: start, last: i, type: start === r.first ? r.type : null });
    start = i + 1;
  }
  return start === r.first ? [r] : [...out, { first: start, last: r.last, type: null }];
};

/**
 * Repairs the tagger's runs for the entity rules:
 * - question words, pronouns, conjunctions and punctuation at a run's edge are cut off, the type kept ("Lydia
 *   Syson Why" → "Lydia Syson", "And Wilbur" → "Wilbur", "— Police" → "Police");
 * - a hyphenated modifier keeps only its capitalised head ("Britain-based" → "Britain", untyped), but a person's
 *   name keeps a lower-case part after a hyphen ("Kim Jong-un"), and a run shaped as a family name and a
 *   hyphened given name is a person's whole name whatever its tag ("Moon Jae-in" read as MISC);
 * - words that are never names split a run ("Aleppo Saturday" → "Aleppo", untyped), unless hyphens join them
 *   into it ("Lashkar-i-Taiba"); a comma splits it too, each part keeping the type ("Kirill, Izvestia"), but not
 *   a place ("Washington, D.C."), a firm's partners ("Bodman, Longley & Dahling") or a company suffix ("Acme,
 *   Inc."); money ("US$") is no name;
 * - a nationality right before an organisation joins it ("Syrian | Observatory for Human Rights"), unless the
 *   organisation is an acronym, which is a name of its own ("Kurdish | YPG");
 * - a run ends at a line break (a headline's last word is no name's first);
 * - a lone function word ("Among", "Yes"), abbreviation ("No.") or common word in capitals ("MOVEMENT") is no
 *   name.
 */
export const repairRuns = (text: string, tokens: readonly Token[], runs: readonly Typed[]): Typed[] => {
  const surface = (i: number) => text.slice(tokens[i]!.span.start, tokens[i]!.span.end);
  /** "Why", "We": never a name's first or last word ("WHO" in capitals is an acronym). */
  const edge = (i: number) =>
    ((NEVER_NAME_EDGES.has(tokens[i]!.norm) || CONJUNCTIONS.has(tokens[i]!.pos ?? '')) &&
      /\p{Ll}/u.test(surface(i))) ||
    (tokens[i]!.kind === 'punctuation' && EDGE_MARKS.has(tokens[i]!.norm));
  /** "i" in "Lashkar-i-Taiba": a word between two hyphens is a name's connector, not the pronoun. */
  const hyphenJoined = (i: number) =>
    tokens[i - 1]?.norm === '-' &&
    tokens[i + 1]?.norm === '-' &&
    tokens[i - 1]!.span.end === tokens[i]!.span.start &&
    tokens[i]!.span.end === tokens[i + 1]!.span.start;
  /** "un" in "Kim Jong-un": a lower-case word hyphened to the word before it that is no modifier's tail. */
  const nameSyllable = (i: number) =>
    tokens[i - 1]!.span.end === tokens[i]!.span.start &&
    tokens[i - 2]!.span.end === tokens[i - 1]!.span.start &&
    !HYPHEN_MODIFIER_TAILS.has(tokens[i]!.norm) &&
    !HYPHEN_MODIFIER_ENDINGS.test(tokens[i]!.norm);
  /** "Among 86 patients", "as reported in MODERN", "the No. 3 person", "Feb 13": a one-word run that is no name. */
  const noName = (r: Typed) =>
    r.first === r.last &&
    ((CLOSED_WORDS.has(tokens[r.first]!.pos ?? '') && /\p{Ll}/u.test(surface(r.first))) ||
      (UNDOTTED_MONTHS.has(tokens[r.first]!.norm) && tokens[r.first + 1]?.kind === 'number') ||
      (ABBREVIATED.test(surface(r.first)) &&
        ABBREVIATIONS.has(surface(r.first).slice(0, -1).toLowerCase())) ||
      shoutedWord(text, tokens, r.first));
  const out: Typed[] = [];
  for (const r of runs.flatMap((run) => splitAtLineBreaks(text, tokens, run))) {
    let { first, last, type } = r;
    if (tokens.slice(first, last + 1).some((t) => CURRENCY.test(t.norm))) continue;
    while (last > first && edge(last)) last -= 1;
    while (first < last && edge(first)) first += 1;
    if (first === last && edge(first)) continue;
    while (last > first && !CAPITAL.test(surface(last)) && tokens[last - 1]!.norm === '-') {
      if (type === 'PER' && nameSyllable(last)) break;
      // "Moon Jae-in" read as MISC: a family name and a hyphened given name are a person's whole name.
      if (hyphenedGivenName(text, tokens, first, last)) {
        type = 'PER';
        break;
      }
      last -= 2;
      type = null;
    }
    let start = first;
    /** Whether every split so far was at a comma ("Kirill, Izvestia": two names the tagger read as one). */
    let commas = true;
    // "Bodman, Longley & Dahling": partners' names a final "&" joins are one firm; "Washington, D.C." one place.
    const oneName = type === 'LOC' || tokens.slice(first, last + 1).some((t) => t.norm === '&');
    for (let i = first; i <= last + 1; i += 1) {
      // "Acme Systems, Inc.": a company suffix after the comma is the name's own.
      const comma =
        i <= last && tokens[i]!.norm === ',' && !oneName && !ORG_NAME_SUFFIXES.has(tokens[i + 1]?.norm ?? '');
      if (
        i <= last &&
        !comma &&
        (!NOT_NAMES.has(tokens[i]!.norm) || hyphenJoined(i) || calendarSurname(text, tokens, i))
      )
        continue;
      const whole = start === first && i === last + 1;
      let named = false;
      for (let k = start; k < i && !named; k += 1) named = CAPITAL.test(surface(k));
      commas &&= comma || i > last;
      if (i > start && named) out.push({ first: start, last: i - 1, type: whole || commas ? type : null });
      start = i + 1;
    }
  }
  const merged: Typed[] = [];
  for (const r of out.filter((run) => !noName(run))) {
    const prev = merged.at(-1);
    const gap = prev ? text.slice(tokens[prev.last]!.span.end, tokens[r.first]!.span.start) : '';
    const acronym = r.first === r.last && ACRONYM.test(surface(r.first));
    if (prev?.type === 'MISC' && r.type === 'ORG' && prev.last + 1 === r.first && gap === ' ' && !acronym) {
      merged[merged.length - 1] = { first: prev.first, last: r.last, type: 'ORG' };
    } else merged.push(r);
  }
  return merged;
};

/**
 * One type per name in a document: the type the tagger gave most of its runs with the same key (ties: the
 * first seen), so an odd tag ("Aleppo" as a person once) follows the document's majority.
 */
const documentTypes = (text: string, tokens: readonly Token[], runs: readonly Typed[]): NameRun[] => {
  const keyOf = (r: Typed) => entityKey(text.slice(tokens[r.first]!.span.start, tokens[r.last]!.span.end));
  const votes = new Map<string, Map<NerType, number>>();
  for (const r of runs) {
    if (r.type === null) continue;
    const k = keyOf(r);
    const v = votes.get(k) ?? new Map<NerType, number>();
    v.set(r.type, (v.get(r.type) ?? 0) + 1);
    votes.set(k, v);
  }
  const best = new Map<string, NerType>();
  for (const [k, v] of votes) {
    let top: [NerType, number] | null = null;
    for (const e of v) if (top === null || e[1] > top[1]) top = e;
    if (top) best.set(k, top[0]);
  }
  return runs.map((r) => ({ first: r.first, last: r.last, type: best.get(keyOf(r)) ?? null }));
};

/**
 * The trained tagger behind the NameFinder seam (models/ner-en.json.gz, read once on first use): its runs,
 * repaired for the entity rules, each with its document-level tagger type.
 */
export const taggerNameRuns: NameFinder = (text, tokens) => {
  const repaired = joinBroadcasterRuns(
    text,
    tokens,
    joinOrgRuns(text, tokens, repairRuns(text, tokens, nerTokenRuns(text, tokens))),
  );
  return documentTypes(
    text,
    tokens,
    joinSplitRuns(text, tokens, dropPositionalHeads(text, tokens, titleCaseRuns(text, tokens, repaired))),
  );
};
