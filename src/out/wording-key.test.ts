import { describe, expect, it } from 'vitest';
import { wordingKey } from './wording-key.js';

describe('wordingKey', () => {
  it.each([
    ['curly and straight apostrophes', 'We don’t know', "We don't know", true],
    ['white space runs and line breaks', 'the  bridge\nis shut', 'the bridge is shut', true],
    ['letter case', 'The Bridge Is Shut', 'the bridge is shut', true],
    ['a final stop and the quote marks around', '“The bridge is shut.”', 'the bridge is shut', true],
    ['dash styles', 'shut — for now', 'shut -- for now', true],
    ['inner quote marks', 'a “safe” road', 'a "safe" road', true],
    ['negative: other words', 'the bridge is shut', 'the bridge is open', false],
    ['negative: a word more', 'the bridge is shut', 'the old bridge is shut', false],
    ['negative: inner punctuation', 'shut, they said', 'shut they said', false],
  ])('%s', (_, a, b, same) => expect(wordingKey(a) === wordingKey(b)).toBe(same));

  it('gives the folded words', () => expect(wordingKey(' “Don’t  go.” ')).toBe("don't go"));
});
