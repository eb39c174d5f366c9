import type { Sentence } from '../../model/sentence.js';
import { span } from '../../model/span.js';

/** A sentence that opens in lower case ("said Friday.") continues the previous one, split at an abbreviation. */
const FRAGMENT_START = /^[\s"“”'’(]*[a-z]/;

/**
 * Sentences as attribution reads them: a segment that starts in lower case is joined to the sentence before it
 * ("… Rep. Gwen Moore (D-Wis.)" + "said Friday."), so a cue is never cut off from its source.
 */
export const mergeFragments = (text: string, sentences: readonly Sentence[]): readonly Sentence[] => {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last && FRAGMENT_START.test(text.slice(s.span.start, s.span.end))) {
      out[out.length - 1] = { ...last, span: span(last.span.start, s.span.end) };
    } else out.push(s);
  }
  return out;
};
