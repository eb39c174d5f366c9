import { CLAIM_CUE_PARTICLE_BLOCKS, CLAIM_CUES, type ClaimCueEntry } from '../../lang/en/claim-cues.js';

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** The lower-cased words of a cue ("has been formed" → has, been, formed). */
export const cueWords = (cue: string): string[] => cue.toLowerCase().match(WORD) ?? [];

/** A claim cue form found among a cue's words: its entry and where its first word is. */
export interface ClaimCueMatch {
  readonly entry: ClaimCueEntry;
  readonly at: number;
}

/** Claim cue forms by first word: the words of each form with its entry. */
const FORMS_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly [readonly string[], ClaimCueEntry])[]> =
  (() => {
    const map = new Map<string, (readonly [readonly string[], ClaimCueEntry])[]>();
    for (const entry of CLAIM_CUES)
      for (const form of entry.forms) {
        const words = form.split(' ');
        map.set(words[0]!, [...(map.get(words[0]!) ?? []), [words, entry] as const]);
      }
    return map;
  })();

/**
 * The claim cue form among a cue's words ("did not confirm" → confirm, "previously expressed" → say), one
 * needing no clause first; null when no word of the cue states, reports, assesses, warns, proposes or demands
 * ("want", "decided", "seems", "have reacted with", "has been formed") or the word is a phrasal verb of another
 * sense ("show up", "called off").
 */
export const claimCueMatch = (words: readonly string[]): ClaimCueMatch | null => {
  const found: ClaimCueMatch[] = [];
  words.forEach((w, at) => {
    for (const [form, entry] of FORMS_BY_FIRST_WORD.get(w) ?? []) {
      if (!form.every((f, k) => words[at + k] === f)) continue;
      const next = words[at + form.length];
      if (next !== undefined && CLAIM_CUE_PARTICLE_BLOCKS[form.at(-1)!]?.has(next)) continue;
      found.push({ entry, at });
    }
  });
  return found.find((m) => !m.entry.needsClause) ?? found[0] ?? null;
};

/** The claim class entry of a cue's text, or null (claimCueMatch). */
export const claimCueClass = (cue: string): ClaimCueEntry | null =>
  claimCueMatch(cueWords(cue))?.entry ?? null;
