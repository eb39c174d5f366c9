import type { Token } from '../../model/token.js';

/**
 * Test fixture: tokens from "word/POS" pairs as a tagger would give them. Pairs are one space apart; `+` glues
 * two pairs with no space ("rebel/NOUN+-/PUNCT+held/VERB" is "rebel-held"). Words start with a letter or an
 * apostrophe ("'s"), numbers with a digit; anything else is punctuation.
 */
export const taggedTokens = (words: string): Token[] => {
  const tokens: Token[] = [];
  let at = 0;
  for (const group of words.split(' ')) {
    for (const pair of group.split('+')) {
      const cut = pair.lastIndexOf('/');
      const [word, pos] = [pair.slice(0, cut), pair.slice(cut + 1)];
      const kind = /^[\p{L}'’]/u.test(word) ? 'word' : /^\d/.test(word) ? 'number' : 'punctuation';
      tokens.push({
        span: { start: at, end: at + word.length },
        kind,
        norm: word.toLowerCase(),
        pos,
        sentence: 0,
      });
      at += word.length;
    }
    at += 1;
  }
  return tokens;
};
