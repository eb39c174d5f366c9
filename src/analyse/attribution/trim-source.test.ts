import { describe, expect, it } from 'vitest';
import { span } from '../../model/span.js';
import { trimSource } from './trim-source.js';

/** [name, text, source as found, what the source should read (null: nothing left)]; the cue is "said". */
const ROWS: readonly (readonly [string, string, string, string | null])[] = [
  [
    'a live blog stamp',
    '12:01 P.M. Prime Minister Ann Lee said talks failed.',
    '12:01 P.M. Prime Minister Ann Lee',
    'Prime Minister Ann Lee',
  ],
  [
    'a clock time and zone',
    '10:42 GMT The ministry said talks failed.',
    '10:42 GMT The ministry',
    'The ministry',
  ],
  [
    'a clock time with a dash',
    '9am BST – The ministry said talks failed.',
    '9am BST – The ministry',
    'The ministry',
  ],
  ['a stamp alone', '7:31 P.M. said talks failed.', '7:31 P.M.', null],
  ['a trailing opening bracket', 'Some people (said talks failed).', 'Some people (', 'Some people'],
  ['a bracket alone', '( said talks failed.', '(', null],
  ['a closed bracket stays', 'The agency (AFP) said talks failed.', 'The agency (AFP)', 'The agency (AFP)'],
  ['a trailing day', 'Republicans on Sunday said talks failed.', 'Republicans on Sunday', 'Republicans'],
  [
    'a trailing day with a lead',
    'The police early Monday said talks failed.',
    'The police early Monday',
    'The police',
  ],
  [
    'a trailing part of a day',
    'The army on Tuesday morning said talks failed.',
    'The army on Tuesday morning',
    'The army',
  ],
  ['a trailing date', 'The office on June 18 said talks failed.', 'The office on June 18', 'The office'],
  ['a trailing deictic day', 'Officials yesterday said talks failed.', 'Officials yesterday', 'Officials'],
  [
    'a headline line before the source',
    'July 2, 2008\nThe office said talks failed.',
    'July 2, 2008\nThe office',
    'The office',
  ],
  [
    'negative: a newspaper named for a day',
    'The Sunday Times said talks failed.',
    'The Sunday Times',
    'The Sunday Times',
  ],
  [
    'negative: an abbreviated day is a name',
    'The Baltimore Sun said talks failed.',
    'The Baltimore Sun',
    'The Baltimore Sun',
  ],
  ['negative: a count, not a clock', '12 officials said talks failed.', '12 officials', '12 officials'],
  ['negative: a day alone stays', 'Charities, such as Aid First, today said talks failed.', 'today', 'today'],
];

describe('trimSource', () => {
  it.each(ROWS)('%s', (_, text, found, want) => {
    const start = text.indexOf(found);
    const cue = text.indexOf('said');
    const got = trimSource(text, span(start, start + found.length), span(cue, cue + 4));
    expect(got && text.slice(got.start, got.end)).toBe(want);
    if (want !== null)
      expect(got).toEqual(span(text.indexOf(want, start), text.indexOf(want, start) + want.length));
  });

  it('keeps a day after a source that follows its cue', () => {
    const text = 'According to figures published by the UN on Friday, 20,000 people fled.';
    const got = trimSource(text, span(13, 50), span(0, 12));
    expect(got).toEqual(span(13, 50));
  });

  it('keeps the line of a source after its cue', () => {
    const text = 'Talks failed, said the ministry\nof defence.';
    const start = text.indexOf('the ministry');
    const got = trimSource(text, span(start, text.length - 1), span(14, 18));
    expect(got).toEqual(span(start, start + 'the ministry'.length));
  });
});
