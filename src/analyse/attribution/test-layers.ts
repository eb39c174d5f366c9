import type { EntityMention, EntityType } from '../../model/entity-mention.js';
import type { Evidence } from '../../model/evidence.js';
import { type DocumentId, documentId, mentionId } from '../../model/ids.js';
import type { Sentence } from '../../model/sentence.js';
import { type Span, span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import type { StageContext } from '../../pipeline/stage.js';

/**
 * Test-only input layers built without the NLP stages: regex sentences and tokens, and entity mentions placed
 * by hand on exact strings, so the attribution and events tests do not depend on the other stages.
 */
export const FIXTURE_DOC: DocumentId = documentId('doc');

export const fixtureContext = (text: string): StageContext => ({
  documentId: FIXTURE_DOC,
  text,
  referenceDate: null,
  referenceWindow: null,
});

/** The span of the `nth` (1-based) occurrence of `needle` in `text`; throws when absent (a broken test). */
export const at = (text: string, needle: string, nth = 1): Span => {
  let i = -1;
  for (let n = 0; n < nth; n += 1) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new RangeError(`"${needle}" (#${nth}) not in text`);
  }
  return span(i, i + needle.length);
};

export const fixtureEvidence = (s: Span): Evidence => ({
  documentId: FIXTURE_DOC,
  span: s,
  producer: 'fixture@1',
  rule: 'hand-made',
  confidence: 1,
});

const SENTENCE_END = /[.!?]["”’')]*(?=\s+["“]?[A-Z0-9])|\n+/g;
const TOKEN = /\d+(?:[.,]\d+)*|[A-Za-z]+(?=n't)|n't|[A-Za-z]+(?:-[A-Za-z]+)*|['’]s\b|\S/g;

export const fixtureSentences = (text: string): Sentence[] => {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const body = slice.trim();
    if (body) sentences.push({ span: span(start + lead, start + lead + body.length) });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + (m[0].startsWith('\n') ? 0 : m[0].length);
    push(end);
    start = m.index + m[0].length;
  }
  push(text.length);
  return sentences;
};

export const fixtureTokens = (text: string, sentences: readonly Sentence[]): Token[] => {
  const tokens: Token[] = [];
  sentences.forEach((s, sentence) => {
    for (const m of text.slice(s.span.start, s.span.end).matchAll(TOKEN)) {
      const value = m[0];
      const kind = /^\d/.test(value) ? 'number' : /\w/.test(value) ? 'word' : 'punctuation';
      const start = s.span.start + m.index;
      tokens.push({
        span: span(start, start + value.length),
        kind,
        norm: value.toLowerCase(),
        pos: null,
        sentence,
      });
    }
  });
  return tokens;
};

/** An entity to place: its exact text, which occurrence, its type and key. */
export interface FixtureEntity {
  readonly text: string;
  readonly type: EntityType;
  readonly nth?: number;
  readonly key?: string;
}

export const fixtureEntities = (text: string, wanted: readonly FixtureEntity[]): EntityMention[] =>
  wanted
    .map((w) => ({ w, s: at(text, w.text, w.nth) }))
    .sort((a, b) => a.s.start - b.s.start)
    .map(({ w, s }, n) => ({
      id: mentionId(FIXTURE_DOC, 'e', n + 1),
      span: s,
      type: w.type,
      key: w.key ?? w.text.toLowerCase(),
      name: w.text,
      anaphoric: false,
      evidence: fixtureEvidence(s),
    }));

/** Sentences, tokens and entities for a stage's input. */
export const fixtureLayers = (text: string, wanted: readonly FixtureEntity[] = []) => {
  const sentences = fixtureSentences(text);
  return { sentences, tokens: fixtureTokens(text, sentences), entities: fixtureEntities(text, wanted) };
};
