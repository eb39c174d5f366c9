import type { ItemSentence } from 'wink-nlp';
import { ABBREVIATIONS } from '../../lang/en/entities-abbreviations.js';
import type { Sentence } from '../../model/sentence.js';
import { span } from '../../model/span.js';
import type { Token, TokenKind } from '../../model/token.js';
import { defineStage } from '../../pipeline/stage.js';
import { alignTokens } from './align-tokens.js';
import { winkNlp } from './wink-nlp.js';

const KINDS: Readonly<Record<string, TokenKind>> = {
  word: 'word',
  number: 'number',
  ordinal: 'number',
  punctuation: 'punctuation',
  symbol: 'symbol',
  currency: 'symbol',
};
const BLANK_LINE = /\n[^\S\n]*\n/;

interface RawToken {
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  readonly pos: string | null;
  readonly winkSentence: number;
}

/** A sentence the tagger ended after "Maj." or "Nov." did not end there. */
const endsWithAbbreviation = (text: string, toks: readonly RawToken[], last: number): boolean => {
  const t = toks[last]!;
  const value = text.slice(t.start, t.end);
  if (value.endsWith('.') && value.length > 1) return ABBREVIATIONS.has(value.slice(0, -1).toLowerCase());
  const prev = toks[last - 1];
  return (
    value === '.' &&
    prev !== undefined &&
    prev.end === t.start &&
    ABBREVIATIONS.has(text.slice(prev.start, prev.end).toLowerCase())
  );
};

/** Sentences and tokens with exact offsets; blank lines always end a sentence, abbreviations never do. */
export const segmentStage = defineStage({
  id: 'analyse.segment@1',
  requires: [],
  provides: ['sentences', 'tokens'],
  run: (_input, ctx) => {
    const { text } = ctx;
    const nlp = winkNlp();
    const doc = nlp.readDoc(text);
    const values = doc.tokens().out() as string[];
    const types = doc.tokens().out(nlp.its.type) as string[];
    const tags = doc.tokens().out(nlp.its.pos) as string[];
    const sentenceOf = new Array<number>(values.length).fill(0);
    let si = 0;
    doc.sentences().each((s: ItemSentence) => {
      const [first, last] = s.out(nlp.its.span) as unknown as [number, number];
      for (let i = first; i <= last; i += 1) sentenceOf[i] = si;
      si += 1;
    });
    const offsets = alignTokens(text, values);
    const raw: RawToken[] = [];
    offsets.forEach(([start, end], i) => {
      const type = types[i] ?? 'word';
      if (type === 'tabCRLF' || start === end || text.slice(start, end).trim() === '') return;
      const pos = tags[i];
      raw.push({
        start,
        end,
        kind: KINDS[type] ?? 'other',
        pos: pos && pos !== 'SPACE' ? pos : null,
        winkSentence: sentenceOf[i]!,
      });
    });

    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    let sentenceStart = 0;
    raw.forEach((t, i) => {
      const prev = raw[i - 1];
      if (prev) {
        const paragraph = BLANK_LINE.test(text.slice(prev.end, t.start));
        const winkBreak = prev.winkSentence !== t.winkSentence && !endsWithAbbreviation(text, raw, i - 1);
        if (paragraph || winkBreak) {
          sentences.push({ span: span(raw[sentenceStart]!.start, prev.end) });
          sentenceStart = i;
        }
      }
      const value = text.slice(t.start, t.end);
      tokens.push({
        span: span(t.start, t.end),
        kind: t.kind,
        norm: value.toLowerCase(),
        pos: t.pos,
        sentence: sentences.length,
      });
    });
    const first = raw[sentenceStart];
    if (first) sentences.push({ span: span(first.start, raw[raw.length - 1]!.end) });
    return { sentences, tokens };
  },
});
