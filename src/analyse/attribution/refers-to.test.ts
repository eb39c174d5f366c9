import { describe, expect, it } from 'vitest';
import type { Stance } from '../../model/stance.js';
import type { AttributionDraft } from './attribution-draft.js';
import { refersTo } from './refers-to.js';
import { at } from './test-layers.js';

const draft = (
  text: string,
  sentence: number,
  cue: string,
  content: string,
  stance: Stance,
): AttributionDraft => ({
  sentence,
  source: null,
  head: null,
  cue: at(text, cue),
  content: at(text, content),
  stance,
  direct: false,
  hedgedCue: false,
  inheritsSource: false,
  rule: 'test',
  confidence: 0.7,
});

/** A claim in sentence 0 and an answer in sentence 1; whether the answer refers to the claim. */
describe('refersTo', () => {
  it.each([
    [
      'an answer that only points back',
      'State TV said the army took the district. Rebels denied the claims.',
      ['said', 'the army took the district'],
      ['denied', 'the claims'],
      0,
    ],
    [
      'a short answer sharing its one word',
      'Police said the bombing killed five. The group denied the bombing.',
      ['said', 'the bombing killed five'],
      ['denied', 'the bombing'],
      0,
    ],
    [
      'an answer sharing a word (by its first five letters)',
      'State TV said the army has seized the district of Hanano. The monitor confirmed that troops seized the district.',
      ['said', 'the army has seized the district of Hanano'],
      ['confirmed', 'troops seized the district'],
      0,
    ],
    [
      'negative: a longer answer sharing one word only (a topic)',
      'Police said the guard was attacked with a knife. Many suspect Iran was behind the attack, which it denies.',
      ['said', 'the guard was attacked with a knife'],
      ['denies', 'Iran was behind the attack'],
      null,
    ],
    [
      'an answer sharing two stems in other forms',
      'Police said rebels shelled the hospitals. The rebels denied shelling a hospital.',
      ['said', 'rebels shelled the hospitals'],
      ['denied', 'shelling a hospital'],
      0,
    ],
    [
      'an answer sharing one word as written (a paraphrase)',
      'State TV said the army has seized the town. The monitor confirmed that government forces have seized it.',
      ['said', 'the army has seized the town'],
      ['confirmed', 'government forces have seized it'],
      0,
    ],
    [
      'a short answer sharing its one word in another form',
      'Police said the bombing killed five. The group denied the bombings.',
      ['said', 'the bombing killed five'],
      ['denied', 'the bombings'],
      0,
    ],
    [
      'negative: a short answer sharing nothing',
      'Police said a car bomb hit the market. The group denied any involvement.',
      ['said', 'a car bomb hit the market'],
      ['denied', 'any involvement'],
      null,
    ],
  ])('%s', (_, text, [cue0, content0], [cue1, content1], expected) => {
    const drafts = [draft(text, 0, cue0!, content0!, 'asserts'), draft(text, 1, cue1!, content1!, 'denies')];
    expect(refersTo(text, drafts, 1)).toBe(expected);
  });

  it('a claim is no answer', () => {
    const text = 'Police said a car bomb hit the market. Witnesses said the bomb hit the market.';
    const drafts = [
      draft(text, 0, 'said', 'a car bomb hit the market', 'asserts'),
      draft(text, 1, 'said', 'the bomb hit the market', 'asserts'),
    ];
    expect(refersTo(text, drafts, 1)).toBeNull();
  });
});
