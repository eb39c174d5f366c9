import { describe, expect, it } from 'vitest';
import { fullGivenName } from './full-given-name.js';

describe('fullGivenName', () => {
  it.each([
    ['andy smith', 'andrew smith'],
    ['bill de blasio', 'william de blasio'],
    ['liz truss-hale', 'elizabeth truss-hale'],
    ['mike o’neill', 'michael o’neill'],
    // A short form of spellings of one name takes the first.
    ['phil jones', 'philip jones'],
    // Negatives: full names, one word, short forms of several names, a short form not first.
    ['andrew smith', 'andrew smith'],
    ['andy', 'andy'],
    ['chris smith', 'chris smith'],
    ['steve smith', 'steve smith'],
    ['kate brown', 'kate brown'],
    ['john andy', 'john andy'],
  ])('%s → %s', (key, full) => expect(fullGivenName(key)).toBe(full));
});
