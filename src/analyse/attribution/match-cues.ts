import { ACCORDING_TO, ATTRIBUTION_CUES, type AttributionCue } from '../../lang/en/attribution-cues.js';
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
  add(ACCORDING_TO, null);
  return map;
})();

/** Every cue in the sentence's tokens, left to right, without overlaps. */
export const matchCues = (toks: readonly Token[]): readonly CueHit[] => {
  const hits: CueHit[] = [];
  for (let i = 0; i < toks.length; i += 1) {
    const phrases = PHRASES.get(toks[i]!.norm);
    if (!phrases) continue;
    const found = phrases.find((p) => p.words.every((w, k) => toks[i + k]?.norm === w));
    if (!found) continue;
    hits.push({ first: i, last: i + found.words.length, cue: found.cue });
    i += found.words.length - 1;
  }
  return hits;
};

/** Whether a token is the first word of any cue (a cue word never sits inside a source phrase). */
export const isCueWord = (norm: string): boolean => PHRASES.has(norm);
