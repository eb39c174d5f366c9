import { COMPANY_LIST_NOUNS, COMPANY_LIST_OPENERS } from '../../lang/en/entities-company-nouns.js';
import { LIST_JOINERS } from '../../lang/en/entities-type-cues.js';
import type { Token } from '../../model/token.js';

const CAPITAL = /^\p{Lu}/u;

/**
 * Whether the name starting at token `first` stands in a list of names a plural company noun opens: "carmakers
 * (Ford, GM, Toyota)", "insurance companies such as Allstate, Geico and State Farm". Walks back over capitalised
 * words and list joiners (",", "and", "or") in the sentence to the opener.
 */
export const companyListed = (text: string, tokens: readonly Token[], first: number): boolean => {
  const sentence = tokens[first]!.sentence;
  let k = first - 1;
  while (k >= 0 && tokens[k]!.sentence === sentence) {
    const t = tokens[k]!;
    const named = CAPITAL.test(text[t.span.start]!) || t.norm === "'s";
    if (!named && !LIST_JOINERS.has(t.norm)) break;
    k -= 1;
  }
  return COMPANY_LIST_OPENERS.some((opener) => {
    const head = tokens[k - opener.length + 1 - 1];
    const fits = opener.every((w, j) => tokens[k - opener.length + 1 + j]?.norm === w);
    return (
      fits &&
      head !== undefined &&
      head.sentence === sentence &&
      COMPANY_LIST_NOUNS.has(head.norm) &&
      !CAPITAL.test(text[head.span.start]!)
    );
  });
};
