import { ACCORDING_TO, ATTRIBUTION_CUES } from '../../lang/en/attribution-cues.js';
import { DERIVED_CUES } from '../../lang/en/attribution-derived-cues.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { Token } from '../../model/token.js';
import type { QuoteRegion } from './find-quotes.js';

/** A document as the tagger reads it: per-token facts computed once, and the token ranges it tags. */
export interface TaggerDocument {
  readonly tokens: readonly Token[];
  /** Token ranges [start, end) tagged as one sequence (a paragraph). */
  readonly sequences: readonly (readonly [number, number])[];
  readonly facts: readonly TokenFacts[];
}

interface TokenFacts {
  readonly w: string;
  readonly pos: string;
  readonly shape: string;
  /** Cue lexicon class: h (hand-listed), d (derived from annotations), '' (none). */
  readonly lex: string;
  readonly entity: string;
  readonly inQuote: boolean;
  readonly mark: string;
  /** For a token inside a quote: the lexicon class of the first word after the quote and of the last before. */
  readonly quoteNext: string;
  readonly quotePrev: string;
  /** Crude stem ("vowed" → "vow") and distributional word-class path ('' when unknown). */
  readonly stem: string;
  readonly cluster: string;
}

const LEXICON: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const forms of Object.values(DERIVED_CUES)) for (const f of forms ?? []) m.set(f.split(' ')[0]!, 'd');
  for (const c of ATTRIBUTION_CUES) for (const f of c.forms) m.set(f.split(' ')[0]!, 'h');
  m.set(ACCORDING_TO.split(' ')[0]!, 'a');
  return m;
})();

const shapeOf = (t: Token, raw: string): string => {
  if (t.kind === 'punctuation' || t.kind === 'symbol') return 'p';
  if (t.kind === 'number') return 'd';
  const c = raw[0] ?? '';
  return c !== c.toLowerCase() ? (raw.length > 1 && raw === raw.toUpperCase() ? 'A' : 'X') : 'x';
};

const first = (tokens: readonly Token[], offset: number): number => {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** The lexicon class of the nearest word from token `i` stepping by `step`, skipping punctuation. */
const lexNear = (tokens: readonly Token[], i: number, step: 1 | -1): string => {
  for (let k = i, n = 0; k >= 0 && k < tokens.length && n < 4; k += step, n++) {
    const t = tokens[k]!;
    if (t.kind === 'punctuation') continue;
    return LEXICON.get(t.norm) ?? 'w';
  }
  return 'none';
};

const SUFFIX = /(?:ing|ed|es|s)$/;
const stemOf = (w: string): string => {
  const s = w.replace(SUFFIX, '');
  return s.length >= 3 ? s : w;
};

/** Per-token facts and paragraph sequences for a document's tokens. */
export const taggerDocument = (
  text: string,
  tokens: readonly Token[],
  quotes: readonly QuoteRegion[],
  entities: readonly EntityMention[],
  clusters: ReadonlyMap<string, string>,
): TaggerDocument => {
  const entity = new Array<string>(tokens.length).fill('');
  for (const e of entities) {
    for (let i = first(tokens, e.span.start); i < tokens.length && tokens[i]!.span.end <= e.span.end; i++)
      entity[i] = (tokens[i]!.span.start === e.span.start ? 'B' : 'I') + e.type;
  }
  const inQuote = new Array<boolean>(tokens.length).fill(false);
  const quoteNext = new Array<string>(tokens.length).fill('');
  const quotePrev = new Array<string>(tokens.length).fill('');
  const mark = new Array<string>(tokens.length).fill('');
  for (const q of quotes) {
    const a = first(tokens, q.open);
    const end = q.close === null ? q.content.end : q.close + 1;
    const b = first(tokens, end);
    const next = lexNear(tokens, b, 1);
    const prev = lexNear(tokens, a - 1, -1);
    if (tokens[a]?.span.start === q.open) mark[a] = 'o';
    if (q.close !== null && tokens[b - 1]?.span.start === q.close) mark[b - 1] = 'c';
    for (let i = a; i < b; i++) {
      inQuote[i] = true;
      quoteNext[i] = next;
      quotePrev[i] = prev;
    }
  }
  const facts = tokens.map((t, i) => {
    const raw = text.slice(t.span.start, t.span.end);
    return {
      w: t.norm,
      pos: t.pos ?? '',
      shape: shapeOf(t, raw),
      lex: LEXICON.get(t.norm) ?? '',
      entity: entity[i]!,
      inQuote: inQuote[i]!,
      mark: mark[i]!,
      quoteNext: quoteNext[i]!,
      quotePrev: quotePrev[i]!,
      stem: stemOf(t.norm),
      cluster: clusters.get(t.norm) ?? '',
    };
  });
  const sequences: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const prev = tokens[i - 1]!;
    const cur = tokens[i];
    // A paragraph ending in a colon ("X said:") is read with the one it introduces.
    if (!cur || (prev.norm !== ':' && text.slice(prev.span.end, cur.span.start).includes('\n'))) {
      sequences.push([start, i]);
      start = i;
    }
  }
  return { tokens, sequences, facts };
};
