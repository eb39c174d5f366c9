import {
  DENIED_ROLE_NOUNS,
  DENIED_ROLE_OPENERS,
  DENIED_ROLE_PREPOSITIONS,
} from '../../lang/en/events-modality.js';
import type { Span } from '../../model/span.js';

const OPENERS: ReadonlySet<string> = new Set(DENIED_ROLE_OPENERS);
const NOUNS: ReadonlySet<string> = new Set(DENIED_ROLE_NOUNS);
const PREPOSITIONS: ReadonlySet<string> = new Set(DENIED_ROLE_PREPOSITIONS);
const WORD = /[\p{L}'’]+/gu;

/**
 * Whether a denial's content denies only the denier's part in the happening its trigger names, not that it
 * happened: the content opens, before the trigger, with a role noun and its preposition ("any responsibility for
 * Mr. Kim's death", "involvement in the killing"). The happening is then taken as told, not denied.
 */
export const deniedRole = (text: string, content: Span, triggerStart: number): boolean => {
  if (triggerStart < content.start || triggerStart > content.end) return false;
  const words = (text.slice(content.start, triggerStart).toLowerCase().match(WORD) ?? []).slice(0, 4);
  let i = 0;
  while (i < 2 && OPENERS.has(words[i] ?? '')) i += 1;
  return NOUNS.has(words[i] ?? '') && PREPOSITIONS.has(words[i + 1] ?? '');
};
