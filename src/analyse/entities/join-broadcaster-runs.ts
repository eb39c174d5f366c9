import { BROADCAST_HEADS } from '../../lang/en/entities-cues.js';
import type { Token } from '../../model/token.js';
import type { Typed } from './typed-run.js';

const DIGITS = /^\d{1,3}$/;
const CAPITAL = /^\p{Lu}/u;

/**
 * Joins a broadcaster's name the tagger split or cut at its channel number: "France | 24 TV" and "Channel | 4
 * News" are one organisation, and so is "Channel 4" (a capitalised medium word, then the number). A run is carried
 * over a number only when a medium word ("TV", "Radio", "News") stands right before or right after it.
 */
export const joinBroadcasterRuns = (
  text: string,
  tokens: readonly Token[],
  runs: readonly Typed[],
): Typed[] => {
  const surface = (i: number) => text.slice(tokens[i]!.span.start, tokens[i]!.span.end);
  const medium = (i: number) =>
    tokens[i] !== undefined && BROADCAST_HEADS.has(tokens[i]!.norm) && CAPITAL.test(surface(i));
  const number = (i: number) =>
    tokens[i]?.kind === 'number' &&
    DIGITS.test(tokens[i]!.norm) &&
    tokens[i]!.sentence === tokens[i - 1]!.sentence;
  const out: Typed[] = [];
  for (const r of runs) {
    const prev = out.at(-1);
    if (prev && r.first <= prev.last) {
      // a run inside the name just joined ("TV" in "France 24 TV")
      if (r.last > prev.last) out[out.length - 1] = { ...prev, last: r.last };
      continue;
    }
    let end = r.last;
    if (number(end + 1) && (medium(end) || medium(end + 2))) {
      end += 1;
      while (medium(end + 1) && tokens[end + 1]!.sentence === tokens[end]!.sentence) end += 1;
      if (medium(end) && number(end + 1)) end += 1;
    }
    out.push(end === r.last ? r : { first: r.first, last: end, type: 'ORG' });
  }
  return out;
};
