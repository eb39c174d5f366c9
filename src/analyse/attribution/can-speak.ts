import { EVENT_TRIGGERS } from '../../lang/en/events-triggers.js';
import { ACLED_EVENT_TRIGGERS } from '../../lang/en/events-triggers-acled.js';
import { FIGURE_MILITARY_NOUNS, FIGURE_PEOPLE_NOUNS } from '../../lang/en/figures-counted-nouns.js';
import { FIGURE_VAGUE_QUANTITIES } from '../../lang/en/figures-vague-quantities.js';

const PEOPLE: ReadonlySet<string> = new Set([...FIGURE_PEOPLE_NOUNS, ...FIGURE_MILITARY_NOUNS]);

let heads: ReadonlySet<string> | null = null;
/** One-word event nouns ("bombing", "conflict") and bare vague quantities ("thousands"). */
const mute = (): ReadonlySet<string> => {
  heads ??= new Set([
    ...[...EVENT_TRIGGERS, ...ACLED_EVENT_TRIGGERS]
      .filter((t) => t.pos === 'noun')
      .flatMap((t) => t.phrases)
      .filter((p) => !p.includes(' ')),
    ...Object.keys(FIGURE_VAGUE_QUANTITIES).filter((q) => !q.includes(' ')),
  ]);
  return heads;
};

/**
 * Whether a source phrase can name someone who speaks: not when it names no people ("protesters", "troops") and
 * its last word is an event noun or a bare vague quantity ("the bombing campaign in support of …", "thousands
 * have sought refuge"): those are event verbs read as cues.
 */
export const canSpeak = (source: string): boolean => {
  const words = source.toLowerCase().match(/\p{L}+/gu) ?? [];
  const last = words.at(-1);
  return last === undefined || !mute().has(last) || words.some((w) => PEOPLE.has(w));
};
