import { inWinkLexicon } from '../segment/wink-nlp.js';

/**
 * Whether a name is one common English word ("Humor", "Heart", "HUMOR"): its lower-case form is in wink's
 * English lexicon. Such a word the gazetteer lacks is placed only when a place word vouches for it.
 */
export const isCommonWordName = (name: string): boolean =>
  /^\p{L}+$/u.test(name) && inWinkLexicon(name.toLowerCase());
