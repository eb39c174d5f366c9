import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { segmentStage } from '../segment/segment-stage.js';
import { bodyTopicStart } from './body-topic.js';

/** The text from the subject bodyTopicStart finds in the whole of `text` to its end, or null. */
const topic = (text: string) => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  const { tokens } = segmentStage.run({}, ctx);
  const at = bodyTopicStart(text, tokens, 0, tokens.length - 1);
  return at === null ? null : text.slice(tokens[at]!.span.start);
};

describe('bodyTopicStart', () => {
  it.each([
    ['a subcommittee and its subject', 'House Subcommittee on Rural Roads', 'Rural Roads'],
    ['a council and its subject', 'Council on Foreign Ties', 'Foreign Ties'],
    ['negative: "on" after another word', 'Tomboro Bank on Main Street', null],
    ['negative: "On" in capitals is a word of the name', 'Committee On Track', null],
    ['negative: nothing after "on"', 'the committee on', null],
  ] as const)('%s', (_name, text, want) => {
    expect(topic(text)).toBe(want);
  });
});
