import { span } from '../../model/span.js';
import type { Token } from '../../model/token.js';

/** Test-only: tags of the test words: numbers NUM, capitalised words PROPN, else NOUN. */
const TAGS: Readonly<Record<string, string>> = {
  the: 'DET',
  a: 'DET',
  his: 'PRON',
  "'s": 'PART',
  next: 'ADJ',
  deadly: 'ADJ',
  presidential: 'ADJ',
  on: 'ADP',
  in: 'ADP',
  about: 'ADP',
  after: 'ADP',
  of: 'ADP',
  during: 'ADP',
  over: 'ADP',
  was: 'AUX',
  arrested: 'VERB',
  seized: 'VERB',
  collapsed: 'VERB',
  backed: 'VERB',
  killed: 'VERB',
  wounded: 'VERB',
  left: 'VERB',
  shocked: 'VERB',
  closed: 'VERB',
  reopened: 'VERB',
  ended: 'VERB',
  questioned: 'VERB',
  said: 'VERB',
  charged: 'VERB',
  among: 'ADP',
  visited: 'VERB',
  its: 'PRON',
  which: 'PRON',
  that: 'SCONJ',
  four: 'NUM',
  ',': 'PUNCT',
  '.': 'PUNCT',
  '-': 'PUNCT',
  '…': 'PUNCT',
};

/** One test sentence's tagged tokens: words, numbers, "'s" and single marks (hyphens apart, as the tokenizer). */
export const taggedTokens = (text: string): Token[] =>
  [...text.matchAll(/\d+|[A-Za-z]+|['’]s\b|\S/g)].map((m) => {
    const norm = m[0].toLowerCase();
    const pos = TAGS[norm] ?? (/^\d/.test(norm) ? 'NUM' : /^[A-Z]/.test(m[0]) ? 'PROPN' : 'NOUN');
    return { span: span(m.index, m.index + m[0].length), kind: 'word', norm, pos, sentence: 0 };
  });
