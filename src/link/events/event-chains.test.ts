import { describe, expect, it } from 'vitest';
import { eventChains, eventFamily } from './event-chains.js';

describe('eventFamily', () => {
  it.each([
    ['arrest', 'arrest'],
    ['apprehend', 'arrest'],
    ['death', 'die'],
    ['kill', 'die'],
    ['earthquake', 'quak'],
    ['announcement', 'announc'],
    ['announce', 'announc'],
    ['say', 'say'],
  ])('%s → %s', (lemma, family) => {
    expect(eventFamily(lemma)).toBe(family);
  });
});

describe('eventChains', () => {
  it.each([
    [
      'one family in one story is one chain; another story or family is another',
      [
        { story: 's1', lemma: 'kill' },
        { story: 's1', lemma: 'death' },
        { story: 's2', lemma: 'kill' },
        { story: 's1', lemma: 'arrest' },
      ],
      [0, 0, 1, 2],
    ],
    [
      'reporting verbs stay apart from announcements',
      [
        { story: 's1', lemma: 'say' },
        { story: 's1', lemma: 'announce' },
      ],
      [0, 1],
    ],
    ['nothing → nothing', [], []],
  ])('%s', (_, mentions, expected) => {
    expect(eventChains(mentions)).toEqual(expected);
  });
});
