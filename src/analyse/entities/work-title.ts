import { TITLE_ARTICLES, TITLE_QUOTES, WORK_NOUNS, WORK_TITLE_LINKS } from '../../lang/en/entities-works.js';
import type { Token } from '../../model/token.js';

/** How many articles of a title may stand before the name run inside its quotes ("The" in "The Long Road"). */
const MAX_LEAD = 1;
/** How far past the run the closing quote may be ("Blue Morning Sessions" where the run is "Blue Morning"). */
const MAX_TAIL = 6;

/**
 * Whether a name run is (part of) a quoted work title right after a work noun: the film "Red Fox", the album
 * "Blue Morning", the book titled "The Long Road". Such a title names no organisation, person or place: the
 * entities type it `other`, as they have no type for works. A run further inside the title ("Afraid" in "Forgetting
 * to Be Afraid") is left to the other rules.
 */
export const workTitle = (text: string, tokens: readonly Token[], first: number, last: number): boolean => {
  const sentence = tokens[first]!.sentence;
  const at = (i: number) => (tokens[i]?.sentence === sentence ? tokens[i] : undefined);
  let open = first - 1;
  while (open > first - 1 - MAX_LEAD && TITLE_ARTICLES.has(at(open)?.norm ?? '')) open -= 1;
  if (!at(open) || !TITLE_QUOTES.has(at(open)!.norm)) return false;
  let noun = open - 1;
  while (at(noun) && WORK_TITLE_LINKS.has(at(noun)!.norm)) noun -= 1;
  const w = at(noun);
  if (!w || !WORK_NOUNS.has(w.norm) || !/^\p{Ll}/u.test(text.slice(w.span.start, w.span.end))) return false;
  for (let i = last + 1; i <= last + 1 + MAX_TAIL && at(i); i += 1) {
    if (TITLE_QUOTES.has(at(i)!.norm)) return true;
  }
  return false;
};
