import { describe, expect, it } from 'vitest';
import { deniedRole } from './denied-role.js';

/** `content` and `trigger` are exact substrings of `text` (the trigger inside the content). */
const row = (text: string, content: string, trigger: string): boolean => {
  const start = text.indexOf(content);
  return deniedRole(text, { start, end: start + content.length }, text.indexOf(trigger, start));
};

describe('deniedRole: a denial of one’s part in a happening, not of the happening', () => {
  it.each([
    [
      'any responsibility for',
      'Pyongyang denied any responsibility for the man’s death.',
      'any responsibility for the man’s death',
      'death',
      true,
    ],
    [
      'involvement in',
      'Hamas denied involvement in the killing of three teenagers.',
      'involvement in the killing of three teenagers',
      'killing',
      true,
    ],
    [
      'a role in',
      'The ministry denied having a role in the shelling.',
      'a role in the shelling',
      'shelling',
      true,
    ],
    [
      'all knowledge of',
      'The officer denied all knowledge of the arrests.',
      'all knowledge of the arrests',
      'arrests',
      true,
    ],
    // negatives: the happening itself denied, or the role noun after the trigger
    [
      'negative: a clause denied',
      'The army denied that soldiers killed the protesters.',
      'soldiers killed the protesters',
      'killed',
      false,
    ],
    [
      'negative: the claims denied',
      'Rebels denied the claims of a massacre.',
      'the claims of a massacre',
      'massacre',
      false,
    ],
    [
      'negative: responsibility after the trigger',
      'They denied the killing was their responsibility.',
      'the killing was their responsibility',
      'killing',
      false,
    ],
    [
      'negative: a role noun with no preposition',
      'They denied any responsibility, calling the shelling a lie.',
      'any responsibility, calling the shelling a lie',
      'shelling',
      false,
    ],
  ])('%s', (_, text, content, trigger, want) => expect(row(text, content, trigger)).toBe(want));
});
