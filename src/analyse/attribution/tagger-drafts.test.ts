import { describe, expect, it } from 'vitest';
import { span } from '../../model/span.js';
import { taggerDrafts } from './tagger-drafts.js';
import { at } from './test-layers.js';

const draft = (text: string, source: string | null, cue: string, content: string) => {
  const [d] = taggerDrafts(
    text,
    [{ span: span(0, text.length) }],
    [
      {
        source: source ? at(text, source) : null,
        cue: at(text, cue),
        content: at(text, content),
        cueToken: 0,
      },
    ],
  );
  return (
    d && {
      ...d,
      source: d.source && text.slice(d.source.start, d.source.end),
      content: text.slice(d.content.start, d.content.end),
    }
  );
};

describe('taggerDrafts', () => {
  it.each([
    [
      'a leading "that" is not content',
      'Aides believe that the vote is lost.',
      'Aides',
      'believe',
      'that the vote is lost.',
      'the vote is lost',
      false,
      'asserts',
    ],
    [
      'quote marks are not content; the quote is direct',
      'He vowed: "We will win."',
      'He',
      'vowed',
      '"We will win."',
      'We will win',
      true,
      'proposes',
    ],
    [
      'a trailing relative word after a comma is not content',
      'Many suspect Iran was behind the blast, which it strongly denies.',
      'it',
      'strongly denies',
      'Iran was behind the blast, which',
      'Iran was behind the blast',
      false,
      'denies',
    ],
    [
      'negative: a relative word inside the content stays',
      'Rebels denied a report that troops, which had fled, returned.',
      'Rebels',
      'denied',
      'a report that troops, which had fled, returned',
      'a report that troops, which had fled, returned',
      false,
      'denies',
    ],
    [
      'the stance of a lexicon cue',
      'Rebels denied the claims.',
      'Rebels',
      'denied',
      'the claims',
      'the claims',
      false,
      'denies',
    ],
    [
      'a demand cue with no demanding word after it asserts',
      'Ban called the shelling outrageous.',
      'Ban',
      'called',
      'the shelling outrageous',
      'the shelling outrageous',
      false,
      'asserts',
    ],
    [
      'negative: "called on" demands, the demanding word after the cue',
      'Ban called on Israel to stop.',
      'Ban',
      'called',
      'on Israel to stop',
      'on Israel to stop',
      false,
      'demands',
    ],
    [
      'an unknown cue asserts',
      'Voters took offense at the remark.',
      'Voters',
      'took offense at',
      'the remark',
      'the remark',
      false,
      'asserts',
    ],
  ] as const)('%s', (_, text, source, cue, content, kept, direct, stance) => {
    expect(draft(text, source, cue, content)).toMatchObject({
      source,
      content: kept,
      direct,
      stance,
      rule: 'tagger',
    });
  });

  it('marks a hedging cue', () => {
    expect(
      draft('Officials claimed the town fell.', 'Officials', 'claimed', 'the town fell')?.hedgedCue,
    ).toBe(true);
  });

  it('drops a content that is only punctuation', () => {
    expect(draft('He said: ".', 'He', 'said', '".')).toBeUndefined();
  });
});
