import type { Sentence } from '../../model/sentence.js';
import type { Token, TokenKind } from '../../model/token.js';

/**
 * Test fixtures only: sentences and tokens by regex, so the time and figures tests do not depend on the
 * segment stage. Sentences end at . ! ? before a capital or quote, and at blank lines; tokens carry no POS.
 */
export const testLayers = (text: string): { sentences: Sentence[]; tokens: Token[] } => {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const re = /[^\n]+?(?:[.!?]["”’)]*(?=\s+["“A-Z0-9])|$)/gm;
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body === '') continue;
    const start = m.index + lead;
    const index = sentences.length;
    sentences.push({ span: { start, end: start + body.length } });
    for (const t of body.matchAll(/\d+(?:[.,]\d+)*|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\S/gu)) {
      const kind: TokenKind = /^\d/.test(t[0]) ? 'number' : /^[\p{L}]/u.test(t[0]) ? 'word' : 'punctuation';
      const s = start + t.index;
      tokens.push({
        span: { start: s, end: s + t[0].length },
        kind,
        norm: t[0].toLowerCase(),
        pos: null,
        sentence: index,
      });
    }
  }
  return { sentences, tokens };
};
