import { describe, expect, it } from 'vitest';
import { span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { groupRuns, taggedRuns } from './tagged-attributions.js';
import { TAGGER_LABELS } from './tagger-labels.js';

/** One token per word (single spaces), sentence numbers given per token. */
const tokensOf = (text: string, sentences?: readonly number[]): Token[] => {
  const out: Token[] = [];
  for (const m of text.matchAll(/\S+/g))
    out.push({
      span: span(m.index, m.index + m[0].length),
      kind: 'word',
      norm: m[0].toLowerCase(),
      pos: null,
      sentence: sentences?.[out.length] ?? 0,
    });
  return out;
};
const labels = (tags: string): Int32Array =>
  Int32Array.from(tags.split(' '), (t) => TAGGER_LABELS.indexOf(t as (typeof TAGGER_LABELS)[number]));
const show = (text: string, s: { start: number; end: number } | null) =>
  s ? text.slice(s.start, s.end) : null;

describe('taggedRuns', () => {
  it.each([
    [
      'B-SRC I-SRC B-CUE B-CON I-CON',
      [
        ['source', 0, 1],
        ['cue', 2, 2],
        ['content', 3, 4],
      ],
    ],
    [
      'B-CON B-CON O I-CON',
      [
        ['content', 0, 0],
        ['content', 1, 1],
        ['content', 3, 3],
      ],
    ],
    ['O O', []],
  ] as const)('%s', (tags, want) => {
    expect(taggedRuns(labels(tags), 0).map((r) => [r.role, r.first, r.last])).toEqual(want);
  });
});

describe('groupRuns', () => {
  it.each([
    [
      'source, cue, content',
      'The mayor said roads are open',
      'B-SRC I-SRC B-CUE B-CON I-CON I-CON',
      [['The mayor', 'said', 'roads are open']],
    ],
    [
      'content split around the cue is one content',
      '"Roads are open," she said, "mostly."',
      'B-CON I-CON I-CON B-SRC B-CUE B-CON',
      [['she', 'said,', '"Roads are open," she said, "mostly."']],
    ],
    [
      'two cues each keep their own source',
      'Ann said A and Bob denied B',
      'B-SRC B-CUE B-CON O B-SRC B-CUE B-CON',
      [
        ['Ann', 'said', 'A'],
        ['Bob', 'denied', 'B'],
      ],
    ],
    [
      'a second cue of the sentence shares the source before it',
      'Ann said A and added B',
      'B-SRC B-CUE B-CON O B-CUE B-CON',
      [
        ['Ann', 'said', 'A'],
        ['Ann', 'added', 'B'],
      ],
    ],
    [
      'negative: a source after the cue is not shared',
      'So added B C said Ann',
      'O B-CUE B-CON B-CON B-CUE B-SRC',
      [
        [null, 'added', 'B'],
        ['Ann', 'said', 'C'],
      ],
    ],
    ['a cue without content is no attribution', 'Ann said', 'B-SRC B-CUE', []],
    ['content without any cue is no attribution', 'Roads are open', 'B-CON I-CON I-CON', []],
  ] as const)('%s', (_, text, tags, want) => {
    const toks = tokensOf(text);
    const { attributions } = groupRuns(toks, taggedRuns(labels(tags), 0));
    expect(attributions.map((a) => [show(text, a.source), show(text, a.cue), show(text, a.content)])).toEqual(
      want,
    );
  });

  it('prefers a cue of the same sentence', () => {
    const text = 'Ann said A . B C Bob wrote D';
    const toks = tokensOf(text, [0, 0, 0, 0, 1, 1, 1, 1, 1]);
    const { attributions } = groupRuns(
      toks,
      taggedRuns(labels('B-SRC B-CUE B-CON O B-CON I-CON B-SRC B-CUE B-CON'), 0),
    );
    expect(attributions.map((a) => [show(text, a.cue), show(text, a.content)])).toEqual([
      ['said', 'A'],
      ['wrote', 'B C Bob wrote D'],
    ]);
  });

  it('negative: a source of another sentence is not shared', () => {
    const text = 'Ann said A . B added C';
    const toks = tokensOf(text, [0, 0, 0, 0, 1, 1, 1]);
    const { attributions } = groupRuns(toks, taggedRuns(labels('B-SRC B-CUE B-CON O B-CON B-CUE B-CON'), 0));
    expect(attributions.map((a) => [show(text, a.source), show(text, a.cue), show(text, a.content)])).toEqual(
      [
        ['Ann', 'said', 'A'],
        [null, 'added', 'B added C'],
      ],
    );
  });

  it('returns content with no cue in the sequence as an orphan', () => {
    const text = 'Roads are open';
    expect(groupRuns(tokensOf(text), taggedRuns(labels('B-CON I-CON I-CON'), 0)).orphans).toEqual([
      span(0, 14),
    ]);
  });
});
