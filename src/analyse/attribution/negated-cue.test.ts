import { describe, expect, it } from 'vitest';
import type { AttributionDraft } from './attribution-draft.js';
import { negatedCue } from './negated-cue.js';
import { at, fixtureLayers } from './test-layers.js';

const draft = (text: string, cue: string, content: string): AttributionDraft => ({
  sentence: 0,
  source: null,
  head: null,
  cue: at(text, cue),
  content: at(text, content),
  stance: 'confirms',
  direct: false,
  hedgedCue: false,
  inheritsSource: false,
  rule: 'tagger',
  confidence: 0.7,
});

describe('negatedCue', () => {
  it.each([
    [
      'a negation before the cue',
      'The ministry did not confirm that troops entered.',
      'confirm',
      'troops entered',
      'declines',
    ],
    [
      'a negation inside the cue',
      'The ministry did not confirm that troops entered.',
      'did not confirm',
      'troops entered',
      'declines',
    ],
    [
      '"never" with an adverb between',
      'The army has never publicly confirmed the raid.',
      'confirmed',
      'the raid',
      'declines',
    ],
    [
      '"neither … nor"',
      'Israel has neither confirmed nor denied the strikes.',
      'neither confirmed nor denied',
      'the strikes',
      'declines',
    ],
    [
      'a refusal of a cue',
      'The army declined to confirm the report.',
      'declined',
      'to confirm the report',
      'declines',
    ],
    [
      'a refusal to comment',
      'The embassy refused to comment on the raid.',
      'refused',
      'to comment on the raid',
      'declines',
    ],
    [
      '"yet to" before the cue',
      'Pyongyang has yet to confirm the man was its envoy.',
      'has yet to confirm',
      'the man was its envoy',
      'declines',
    ],
    [
      '"yet to" outside the cue',
      'Pyongyang has yet to confirm the man was its envoy.',
      'confirm',
      'the man was its envoy',
      'declines',
    ],
    [
      'a failure to say',
      'The ministry failed to say whether troops entered.',
      'failed',
      'to say whether troops entered',
      'declines',
    ],
    [
      'negative: "yet" as a conjunction',
      'The talks stalled, yet officials confirmed the deal.',
      'confirmed',
      'the deal',
      'confirms',
    ],
    [
      'negative: a failure of something else',
      'The army failed to advance, the ministry confirmed.',
      'confirmed',
      'The army failed to advance',
      'confirms',
    ],
    [
      'negative: a plain cue',
      'The ministry confirmed that troops entered.',
      'confirmed',
      'troops entered',
      'confirms',
    ],
    [
      'negative: a negation in a clause before a comma',
      'The army, which did not comment, confirmed the raid.',
      'confirmed',
      'the raid',
      'confirms',
    ],
    [
      'negative: a negation in the content',
      'The ministry confirmed that troops did not enter.',
      'confirmed',
      'troops did not enter',
      'confirms',
    ],
    [
      'negative: a refusal of something else',
      'The army declined to withdraw, the ministry confirmed.',
      'confirmed',
      'The army declined to withdraw',
      'confirms',
    ],
  ])('%s', (_, text, cue, content, stance) => {
    const { tokens } = fixtureLayers(text, []);
    expect(negatedCue(tokens, draft(text, cue, content)).stance).toBe(stance);
  });
});
