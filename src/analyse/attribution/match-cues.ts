import {
  ACCORDING_TO,
  ATTRIBUTION_CUES,
  type AttributionCue,
  CUE_ACT_OBJECTS,
  DEMAND_ONLY_BEFORE,
} from '../../lang/en/attribution-cues.js';
import { DERIVED_CUES } from '../../lang/en/attribution-derived-cues.js';
import {
  ATTRIBUTIVE_LEAD_TAGS,
  ATTRIBUTIVE_LEAD_WORDS,
  ATTRIBUTIVE_NOUN_TAGS,
  ATTRIBUTIVE_PARTICIPLES,
} from '../../lang/en/attribution-participles.js';
import type { Span } from '../../model/span.js';
import type { Stance } from '../../model/stance.js';
import type { Token } from '../../model/token.js';

/** A cue found in a sentence: tokens [first, last) and its lexicon entry (null for "according to"). */
export interface CueHit {
  readonly first: number;
  readonly last: number;
  readonly cue: AttributionCue | null;
}

interface Phrase {
  readonly words: readonly string[];
  readonly cue: AttributionCue | null;
}

const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** Lexicon phrases by their first word, longest first. */
const PHRASES: ReadonlyMap<string, readonly Phrase[]> = (() => {
  const map = new Map<string, Phrase[]>();
  const add = (form: string, cue: AttributionCue | null) => {
    const words = form.split(' ');
    const list = map.get(words[0]!) ?? [];
    list.push({ words, cue });
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(words[0]!, list);
  };
  for (const cue of ATTRIBUTION_CUES) for (const form of cue.forms) add(form, cue);
  // Derived cues take a marked clause, a quote, or a bare object up to the clause's first comma.
  for (const [stance, forms] of Object.entries(DERIVED_CUES) as [Stance, readonly string[]][])
    for (const form of forms) add(form, { forms: [form], stance, object: true, verbOnly: true });
  add(ACCORDING_TO, null);
  return map;
})();

/** Whether the words after a cue word make it an act, not a claim ("claimed responsibility", "claimed the lives"). */
const actsOn = (cueWord: string, next: readonly (string | undefined)[]): boolean => {
  const objects = CUE_ACT_OBJECTS[cueWord];
  const object = next[0] === 'the' ? next[1] : next[0];
  return objects !== undefined && object !== undefined && objects.has(object);
};

/** Whether a cue followed by `after` (text) is an act, not a claim: "claimed" + "responsibility for …". */
export const isActCue = (cue: string, after: string): boolean =>
  actsOn(cue.toLowerCase().split(/\s+/)[0] ?? '', after.toLowerCase().match(/[\p{L}']+/gu) ?? []);

/** Whether a demand cue word still demands before `next` ("called on" does; "called the shelling …" asserts). */
export const demandHolds = (word: string, next: string | undefined): boolean =>
  DEMAND_ONLY_BEFORE[word]?.has(next ?? '') ?? true;

/** Whether a one-word cue is followed by the word that makes it demand ("called on", "insisted on"). */
const demandingWord = (toks: readonly Token[], at: number, length: number): boolean =>
  length === 1 && (DEMAND_ONLY_BEFORE[toks[at]!.norm]?.has(toks[at + 1]?.norm ?? '') ?? false);

/** A demand cue that asserts unless a demanding word follows ("called the shelling outrageous"). */
const demandOrAssert = (
  cue: AttributionCue | null,
  toks: readonly Token[],
  at: number,
  length: number,
): AttributionCue | null => {
  if (!cue || length !== 1 || cue.stance !== 'demands') return cue;
  return demandHolds(toks[at]!.norm, toks[at + 1]?.norm) ? cue : { ...cue, stance: 'asserts' };
};

/** A word the tagger read as part of a name ("the Economic Community of West African States"), not a cue verb. */
const nameWord = (toks: readonly Token[], i: number): boolean => i > 0 && toks[i]!.pos === 'PROPN';

/** "these two alleged assassins", "the reported attack": a participle describing the noun after it is no cue. */
const attributive = (toks: readonly Token[], i: number, length: number): boolean => {
  const prev = toks[i - 1];
  return (
    length === 1 &&
    ATTRIBUTIVE_PARTICIPLES.has(toks[i]!.norm) &&
    prev !== undefined &&
    (ATTRIBUTIVE_LEAD_TAGS.has(prev.pos ?? '') || ATTRIBUTIVE_LEAD_WORDS.has(prev.norm)) &&
    ATTRIBUTIVE_NOUN_TAGS.has(toks[i + 1]?.pos ?? '')
  );
};

/** Whether a one-word cue span (of any reading: the tagger's too) is such a describing participle. */
export const isAttributiveCue = (toks: readonly Token[], cue: Span): boolean => {
  const i = toks.findIndex((t) => t.span.start === cue.start && t.span.end === cue.end);
  return i >= 0 && attributive(toks, i, 1);
};

/** Every cue in the sentence's tokens, left to right, without overlaps. */
export const matchCues = (toks: readonly Token[]): readonly CueHit[] => {
  const hits: CueHit[] = [];
  for (let i = 0; i < toks.length; i += 1) {
    const phrases = PHRASES.get(toks[i]!.norm);
    if (!phrases) continue;
    const found = phrases.find((p) => p.words.every((w, k) => toks[i + k]?.norm === w));
    if (!found || (found.cue?.verbOnly && !VERB_TAGS.has(toks[i]!.pos ?? ''))) continue;
    if (found.cue && (nameWord(toks, i) || attributive(toks, i, found.words.length))) continue;
    const after = i + found.words.length;
    if (actsOn(toks[i]!.norm, [toks[after]?.norm, toks[after + 1]?.norm])) continue;
    // "calling on all parties to …": the preposition that keeps a demand belongs to its cue.
    const length = found.words.length + (demandingWord(toks, i, found.words.length) ? 1 : 0);
    hits.push({ first: i, last: i + length, cue: demandOrAssert(found.cue, toks, i, found.words.length) });
    i += length - 1;
  }
  return hits;
};

/** Whether a token starts a hand-listed cue (never inside a source phrase; derived cues may be nouns there). */
export const isCueWord = (norm: string): boolean =>
  PHRASES.get(norm)?.some((p) => p.cue === null || p.cue.verbOnly !== true) ?? false;

/** Whether a cue's words are a lexicon cue (hand-listed or derived, any form; "according to" included). */
export const isLexiconCue = (cue: string): boolean => {
  const words = cue.toLowerCase().split(/\s+/).filter(Boolean);
  return PHRASES.get(words[0] ?? '')?.some((p) => p.words.join(' ') === words.join(' ')) ?? false;
};
