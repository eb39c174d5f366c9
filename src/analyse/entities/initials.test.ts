import { describe, expect, it } from 'vitest';
import { initialsOf } from './initials.js';

describe('initialsOf', () => {
  it.each([
    ['syrian observatory for human rights', ['sohr', 'sofhr']],
    ['islamic state of iraq and the levant', ['isil', 'isoiatl']],
    ['people-to-people aid', ['ppa', 'ptpa']],
    ['united nations', ['un']],
    // Negatives: one word has no initials.
    ['hezbollah', []],
    ['', []],
  ])('%s', (key, expected) => expect(initialsOf(key)).toEqual(expected));
});
