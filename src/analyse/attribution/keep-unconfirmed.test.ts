import { describe, expect, it } from 'vitest';
import type { Stance } from '../../model/stance.js';
import type { AttributionDraft } from './attribution-draft.js';
import { keepUnconfirmed } from './keep-unconfirmed.js';
import { at } from './test-layers.js';

const draft = (text: string, cue: string, rule: string, stance: Stance = 'asserts'): AttributionDraft => ({
  sentence: 0,
  source: at(text, 'Ann'),
  head: at(text, 'Ann'),
  cue: at(text, cue),
  content: at(text, 'the road'),
  stance,
  direct: false,
  hedgedCue: false,
  inheritsSource: false,
  rule,
  confidence: 0.9,
});

describe('keepUnconfirmed', () => {
  it.each([
    ['a hand-listed cue', 'Ann said the road was open', 'said', 'source-cue', true],
    ['a hand-listed cue in capitals', 'Ann SAID the road was open', 'SAID', 'source-cue', true],
    ['a hand-listed phrase', 'Ann told reporters the road was open', 'told', 'source-cue', true],
    ['negative: a derived cue', 'Ann noted the road was open', 'noted', 'source-cue', false],
    ['negative: another derived cue', 'Ann backed the road plan', 'backed', 'source-cue', false],
    ['an inverted source ("…, noted Ann")', 'the road was open, noted Ann', 'noted', 'cue-source', true],
    ['a source at the sentence end', 'the road was open, Ann noted', 'noted', 'source-final', true],
  ])('%s', (_, text, cue, rule, want) => {
    expect(keepUnconfirmed(text)(draft(text, cue, rule), [])).toBe(want);
  });

  const nested = 'Bo said Ann said the road was open';
  const outer: AttributionDraft = {
    ...draft(nested, 'said', 'tagger'),
    content: at(nested, 'Ann said the road'),
  };
  it.each([
    ['negative: a plain assertion nested in a kept claim', 'asserts', [outer], false],
    ['a stance nested in a kept claim', 'hopes', [outer], true],
    ['a plain assertion nested in nothing kept', 'asserts', [], true],
  ] as const)('%s', (_, stance, kept, want) => {
    const inner = { ...draft(nested, 'said', 'source-cue', stance), cue: at(nested, 'said', 2) };
    expect(keepUnconfirmed(nested)(inner, kept)).toBe(want);
  });
});
