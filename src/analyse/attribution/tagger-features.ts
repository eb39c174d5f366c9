import { CUE_PRIORS } from '../../lang/en/attribution-cue-priors.js';
import { ACCORDING_TO, ATTRIBUTION_CUES } from '../../lang/en/attribution-cues.js';
import { DERIVED_CUES } from '../../lang/en/attribution-derived-cues.js';
import { PRE_CUE_MODIFIERS, SOURCE_PRONOUNS } from '../../lang/en/attribution-syntax.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { Token } from '../../model/token.js';
import { hashString } from './feature-hash.js';
import type { QuoteRegion } from './find-quotes.js';
import { isPhraseToken } from './noun-phrase.js';
import { stemOf } from './stem-of.js';

/**
 * A document as the tagger reads it: per-token facts computed once, each as the hash of its string
 * (feature-hash.ts), and the token ranges it tags.
 */
export interface TaggerDocument {
  readonly tokens: readonly Token[];
  /** Token ranges [start, end) tagged as one sequence (a paragraph). */
  readonly sequences: readonly (readonly [number, number])[];
  readonly facts: TokenFacts;
}

/** Struct of arrays, one entry per token. */
export interface TokenFacts {
  readonly word: Uint32Array;
  readonly pos: Uint32Array;
  /** Last three letters of the word. */
  readonly suffix: Uint32Array;
  /** p (punctuation), d (number), A (all caps), X (capitalised), x. */
  readonly shape: Uint32Array;
  /** Cue lexicon class: h (hand-listed), d (derived from annotations), a (according to), '' (none). */
  readonly lex: Uint32Array;
  /** Whether the word is in a cue lexicon. */
  readonly isCue: Uint8Array;
  /** B or I and the entity type ('' outside entities); `entityType` without the B / I. */
  readonly entity: Uint32Array;
  readonly entityType: Uint32Array;
  readonly inQuote: Uint8Array;
  /** Quotation facts: q or -, then o / c on the marks. */
  readonly quote: Uint32Array;
  /** Inside a quote: the lexicon classes of the first word after the quotation and the last before. */
  readonly quoteAround: Uint32Array;
  /** Crude stem ("vowed" → "vow"). */
  readonly stem: Uint32Array;
  /** Distributional word-class path cut to 2, 3, 4 and 6 levels ('' when unknown). */
  readonly c2: Uint32Array;
  readonly c3: Uint32Array;
  readonly c4: Uint32Array;
  readonly c6: Uint32Array;
  /** Whether the token can stand in a source phrase or between it and its cue ("X has also said"). */
  readonly phrase: Uint8Array;
  /** How often the word's stem is part of a cue in PolNeAR train (src/lang/en/attribution-cue-priors.ts). */
  readonly prior: Uint32Array;
  /** Whether the token is tagged VERB or AUX. */
  readonly verb: Uint8Array;
}

const LEXICON: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const forms of Object.values(DERIVED_CUES)) for (const f of forms ?? []) m.set(f.split(' ')[0]!, 'd');
  for (const c of ATTRIBUTION_CUES) for (const f of c.forms) m.set(f.split(' ')[0]!, 'h');
  m.set(ACCORDING_TO.split(' ')[0]!, 'a');
  return m;
})();

const PRIORS: ReadonlyMap<string, number> = new Map(
  Object.entries(CUE_PRIORS).flatMap(([c, lines]) =>
    lines.flatMap((line) => line.split(' ').map((stem) => [stem, Number(c)] as const)),
  ),
);

/** Hashes of fact values the feature code compares against or uses at sequence edges. */
export const H = {
  start: hashString('<s>'),
  end: hashString('</s>'),
  empty: hashString(''),
  that: hashString('that'),
  comma: hashString(','),
} as const;

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

/** Paragraphs; one ending in a colon ("X said:") is read with the one it introduces. */
const paragraphs = (text: string, tokens: readonly Token[]): [number, number][] => {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const prev = tokens[i - 1]!;
    const cur = tokens[i];
    if (!cur || (prev.norm !== ':' && text.slice(prev.span.end, cur.span.start).includes('\n'))) {
      out.push([start, i]);
      start = i;
    }
  }
  return out;
};

/** Per-token facts and paragraph sequences for a document's tokens. */
export const taggerDocument = (
  text: string,
  tokens: readonly Token[],
  quotes: readonly QuoteRegion[],
  entities: readonly EntityMention[],
  clusters: ReadonlyMap<string, string>,
): TaggerDocument => {
  const n = tokens.length;
  const u32 = () => new Uint32Array(n);
  const facts = {
    word: u32(),
    pos: u32(),
    suffix: u32(),
    shape: u32(),
    lex: u32(),
    isCue: new Uint8Array(n),
    entity: u32().fill(H.empty),
    entityType: u32().fill(H.empty),
    inQuote: new Uint8Array(n),
    quote: u32(),
    quoteAround: u32().fill(hashString('|')),
    stem: u32(),
    c2: u32(),
    c3: u32(),
    c4: u32(),
    c6: u32(),
    phrase: new Uint8Array(n),
    verb: new Uint8Array(n),
    prior: u32(),
  };
  for (const e of entities) {
    for (let i = first(tokens, e.span.start); i < n && tokens[i]!.span.end <= e.span.end; i++) {
      facts.entity[i] = hashString((tokens[i]!.span.start === e.span.start ? 'B' : 'I') + e.type);
      facts.entityType[i] = hashString(e.type);
    }
  }
  const mark = new Array<string>(n).fill('');
  for (const q of quotes) {
    const a = first(tokens, q.open);
    const b = first(tokens, q.close === null ? q.content.end : q.close + 1);
    const around = hashString(`${lexNear(tokens, b, 1)}|${lexNear(tokens, a - 1, -1)}`);
    if (tokens[a]?.span.start === q.open) mark[a] = 'o';
    if (q.close !== null && tokens[b - 1]?.span.start === q.close) mark[b - 1] = 'c';
    for (let i = a; i < b; i++) {
      facts.inQuote[i] = 1;
      facts.quoteAround[i] = around;
    }
  }
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const w = t.norm;
    const lex = LEXICON.get(w) ?? '';
    const stem = stemOf(w);
    const cluster = clusters.get(w) ?? '';
    facts.word[i] = hashString(w);
    facts.pos[i] = hashString(t.pos ?? '');
    facts.suffix[i] = hashString(w.slice(-3));
    facts.shape[i] = hashString(shapeOf(t, text.slice(t.span.start, t.span.end)));
    facts.lex[i] = hashString(lex);
    facts.isCue[i] = lex ? 1 : 0;
    facts.quote[i] = hashString((facts.inQuote[i] ? 'q' : '-') + mark[i]);
    facts.stem[i] = hashString(stem);
    facts.prior[i] = PRIORS.get(stem) ?? 0;
    facts.c2[i] = hashString(cluster.slice(0, 2));
    facts.c3[i] = hashString(cluster.slice(0, 3));
    facts.c4[i] = hashString(cluster.slice(0, 4));
    facts.c6[i] = hashString(cluster);
    facts.verb[i] = t.pos === 'VERB' || t.pos === 'AUX' ? 1 : 0;
    facts.phrase[i] = isPhraseToken(t) || w in SOURCE_PRONOUNS || PRE_CUE_MODIFIERS.has(w) ? 1 : 0;
  }
  return { tokens, sequences: paragraphs(text, tokens), facts };
};
