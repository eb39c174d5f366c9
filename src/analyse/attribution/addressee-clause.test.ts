import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { segmentStage } from '../segment/segment-stage.js';
import { clauseAfterAddressee } from './addressee-clause.js';
import { contentEnd } from './sentence-tail.js';

/** The words from where clauseAfterAddressee opens the clause after "told" to the sentence end (or null). */
const clauseOf = (text: string): string | null => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  const { tokens } = segmentStage.run({}, ctx);
  const end = contentEnd(tokens);
  const k = clauseAfterAddressee(text, tokens, tokens.findIndex((t) => t.norm === 'told') + 1, end);
  return k === null ? null : text.slice(tokens[k]!.span.start, tokens[end - 1]!.span.end);
};

describe('clauseAfterAddressee', () => {
  it.each([
    ['a plural listener', 'He told reporters the talks had failed.', 'the talks had failed'],
    ['a named listener', 'Police told the BBC the suspect had fled.', 'the suspect had fled'],
    ['an object pronoun, a pronoun subject', 'She told him she was leaving.', 'she was leaving'],
    ['a listener with a place', 'He told reporters in Kabul the talks had failed.', 'the talks had failed'],
    ['negative: two objects, no verb', 'He told the men the truth.', null],
    ['negative: an object with a prepositional phrase', 'He told the story of the war.', null],
    ['negative: a listener and a topic', 'The minister told reporters about the talks.', null],
  ])('%s', (_, text, want) => {
    expect(clauseOf(text)).toBe(want);
  });
});
