import { describe, expect, it } from 'vitest';
import type { Span } from '../../model/span.js';
import type { AttributionDraft } from './attribution-draft.js';
import { passiveCue } from './passive-cue.js';
import { at, fixtureLayers } from './test-layers.js';

/** A tagger draft over `text`: source, cue and content given as strings of it. */
const draft = (
  text: string,
  source: string,
  cue: string,
  content: string,
  rule = 'tagger',
): AttributionDraft => ({
  sentence: 0,
  source: at(text, source),
  head: at(text, source),
  cue: at(text, cue),
  content: at(text, content),
  stance: 'accuses',
  direct: false,
  hedgedCue: false,
  inheritsSource: false,
  rule,
  confidence: 0.7,
});

const word = (text: string, s: Span | null): string | null =>
  s === null ? null : text.slice(s.start, s.end);

const ROWS: readonly [string, string, string, string, string, string | null, boolean, string?][] = [
  [
    'the accused are not the source',
    'Peacekeepers have been accused of hurting civilians.',
    'Peacekeepers',
    'have been accused of',
    'hurting civilians',
    null,
    true,
  ],
  [
    'an adverb between "been" and the participle',
    'The militia has been harshly criticised for the raids.',
    'The militia',
    'criticised for',
    'the raids',
    null,
    true,
  ],
  [
    'the agent after "by" is the source',
    'The army was accused by the Observatory of shelling Douma.',
    'The army',
    'was accused',
    'shelling Douma',
    'the Observatory',
    false,
  ],
  [
    'negative: an active accusation keeps its source',
    'The Observatory accused the army of shelling Douma.',
    'The Observatory',
    'accused',
    'the army of shelling Douma',
    'The Observatory',
    false,
  ],
  [
    'negative: a progressive cue is active ("is saying")',
    'The White House is saying that the talks failed.',
    'The White House',
    'is saying',
    'the talks failed',
    'The White House',
    false,
  ],
  [
    'negative: a passive of a verb whose subject speaks ("was quoted as saying")',
    'The minister was quoted as saying the road was open.',
    'The minister',
    'was quoted as saying',
    'the road was open',
    'The minister',
    false,
  ],
  [
    'negative: a rule-read claim is left to its rule',
    'Peacekeepers have been accused of hurting civilians.',
    'Peacekeepers',
    'accused',
    'hurting civilians',
    'Peacekeepers',
    false,
    'source-cue',
  ],
];

describe('passiveCue', () => {
  it.each(ROWS)('%s', (_, text, source, cue, content, want, unstated, rule) => {
    const { tokens } = fixtureLayers(text, []);
    const got = passiveCue(tokens, draft(text, source, cue, content, rule));
    expect([word(text, got.source), word(text, got.head), got.unstated === true]).toEqual([
      want,
      want,
      unstated,
    ]);
    expect(word(text, got.content)).toBe(content);
  });
});
