import { NAME_PARTICLES, NOT_NAMES } from '../../lang/en/entities-cues.js';
import type { Token } from '../../model/token.js';
import type { NerType } from '../../ner/ner-labels.js';
import { calendarSurname } from './calendar-surname.js';
import { shoutedWord } from './shouted-word.js';

/** A candidate name: tokens [first, last] (inclusive), with the tagger's type when a tagger found it. */
export interface NameRun {
  readonly first: number;
  readonly last: number;
  readonly type?: NerType | null;
}

/**
 * Finds candidate names. This is the one seam a trained sequence tagger replaces: anything that maps tokens to
 * name runs fits; typing and coreference happen after it.
 */
export type NameFinder = (text: string, tokens: readonly Token[]) => readonly NameRun[];

const CAPITAL = /^\p{Lu}/u;
const FUNCTION_WORDS = new Set(['PRON', 'DET', 'AUX', 'CCONJ', 'SCONJ', 'ADP', 'PART', 'ADV', 'INTJ']);
const QUOTE = /^["“‘'«]$/;

/** True for a sentence's first word, or the first word after an opening quote or a colon. */
export const sentenceFirst = (text: string, tokens: readonly Token[], i: number): boolean => {
  for (let k = i - 1; k >= 0 && tokens[k]!.sentence === tokens[i]!.sentence; k -= 1) {
    const t = tokens[k]!;
    if (t.kind !== 'punctuation') return false;
    const opening = t.span.start === 0 || /\s/.test(text[t.span.start - 1]!);
    if ((QUOTE.test(t.norm) && opening) || t.norm === ':') return true;
  }
  return true;
};

/**
 * Rule-based finder: runs of capitalised words on one line of one sentence, joined by name particles ("al-",
 * "de", "of"). A sentence's first word starts a run only when tagged PROPN and never seen in lower case; a common
 * word in capitals ("FOR MOVEMENT FRIDAY") is no part of one. A given name and a month for family name ("Theresa
 * May") is typed PER (calendarSurname).
 */
export const findNameRuns: NameFinder = (text, tokens) => {
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && !CAPITAL.test(text[t.span.start]!)) lowerSeen.add(t.norm);
  const surface = (i: number) => text.slice(tokens[i]!.span.start, tokens[i]!.span.end);
  const tight = (i: number, j: number) => {
    const a = tokens[i];
    const b = tokens[j];
    if (!a || !b || a.sentence !== b.sentence) return false;
    const gap = text.slice(a.span.end, b.span.start);
    return gap === '' || gap === ' ';
  };
  const isCap = (i: number) => {
    const t = tokens[i];
    return (
      t !== undefined &&
      (t.kind === 'word' || t.kind === 'other') &&
      !FUNCTION_WORDS.has(t.pos ?? '') &&
      CAPITAL.test(surface(i)) &&
      (!NOT_NAMES.has(t.norm) || calendarSurname(text, tokens, i)) &&
      !shoutedWord(text, tokens, i)
    );
  };
  const canStart = (i: number) =>
    isCap(i) &&
    (!sentenceFirst(text, tokens, i) || (tokens[i]!.pos === 'PROPN' && !lowerSeen.has(tokens[i]!.norm)));
  /** "al-" before a capitalised word: the article belongs to the name. */
  const articleStart = (i: number) =>
    (tokens[i]?.norm === 'al' || tokens[i]?.norm === 'el') &&
    tokens[i + 1]?.norm === '-' &&
    tight(i, i + 1) &&
    tight(i + 1, i + 2) &&
    isCap(i + 2);

  const runs: NameRun[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!canStart(i) && !articleStart(i)) {
      i += 1;
      continue;
    }
    let last = articleStart(i) ? i + 2 : i;
    for (;;) {
      if (tight(last, last + 1) && isCap(last + 1)) {
        last += 1;
        continue;
      }
      // Particles and hyphens between capitalised words: "Bashar al-Assad", "Staffan de Mistura".
      let k = last + 1;
      while (
        tokens[k] &&
        tight(k - 1, k) &&
        (tokens[k]!.norm === '-' || (NAME_PARTICLES.has(tokens[k]!.norm) && !CAPITAL.test(surface(k))))
      ) {
        k += 1;
      }
      if (k > last + 1 && tight(k - 1, k) && isCap(k)) {
        last = k;
        continue;
      }
      break;
    }
    // "Theresa May": a given name and a month for family name, which the tagger reads as no name, is a person.
    runs.push(
      last === i + 1 && calendarSurname(text, tokens, last)
        ? { first: i, last, type: 'PER' }
        : { first: i, last },
    );
    i = last + 1;
  }
  return runs;
};
