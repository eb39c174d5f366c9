import type { Token } from '../../model/token.js';
import { entityKey } from './entity-key.js';
import type { Typed } from './typed-run.js';

/**
 * Joins two runs the tagger split inside one name ("Van" | "Wert" for "Van Wert's apartment") when they stand
 * one space apart and the document names the whole elsewhere as one run ("Joseph E. Van Wert", "Van Wert
 * allegedly"). The joined run is untyped, to take the type the document gives that name.
 */
export const joinSplitRuns = (text: string, tokens: readonly Token[], runs: readonly Typed[]): Typed[] => {
  const key = (a: number, b: number) => entityKey(text.slice(tokens[a]!.span.start, tokens[b]!.span.end));
  const wholes = new Set<string>();
  for (const r of runs) {
    // every tail of a longer run: "Van Wert" in "Joseph E. Van Wert"
    for (let k = r.first; k < r.last; k += 1) wholes.add(key(k, r.last));
  }
  const out: Typed[] = [];
  for (const r of runs) {
    const prev = out.at(-1);
    const adjacent =
      prev !== undefined &&
      prev.last + 1 === r.first &&
      text.slice(tokens[prev.last]!.span.end, tokens[r.first]!.span.start) === ' ';
    if (prev && adjacent && wholes.has(key(prev.first, r.last))) {
      out[out.length - 1] = { first: prev.first, last: r.last, type: null };
    } else out.push(r);
  }
  return out;
};
