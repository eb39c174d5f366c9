import { PLURAL_SOURCE_HEADS, SINGULAR_S_HEADS } from '../../lang/en/attribution-pronoun-heads.js';

/** Whether a lower-case noun reads as plural: listed ("police", "women"), or in "s" but not "ss", "us", "is". */
export const isPlural = (noun: string): boolean =>
  PLURAL_SOURCE_HEADS.has(noun) ||
  (noun.endsWith('s') && !/(?:ss|us|is)$/.test(noun) && !SINGULAR_S_HEADS.has(noun));
