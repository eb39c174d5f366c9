import { describe, expect, it } from 'vitest';
import { claimantHeading, claimantKey } from './claimant-key.js';

describe('claimantKey', () => {
  it.each([
    ['a capital', 'Police', 'police'],
    ['a leading article', 'the police', 'police'],
    ['both, and a double space', 'The  Researchers', 'researchers'],
    ['negative: an indefinite article stays', 'a police officer', 'a police officer'],
    ['negative: a lone article stays', 'The', 'the'],
    ['negative: an article inside stays', 'Friends of the Earth', 'friends of the earth'],
  ])('%s', (_, name, key) => expect(claimantKey(name)).toBe(key));
});

describe('claimantHeading', () => {
  it.each([
    ['a leading article', 'the secretary', 'The secretary'],
    ['a common noun', 'police', 'Police'],
    ['a proper name', 'Kalden Ministry', 'Kalden Ministry'],
    ['negative: a lower-case brand stays', 'iPhone', 'iPhone'],
    ['negative: a number stays', '26 residents', '26 residents'],
  ])('%s', (_, name, heading) => expect(claimantHeading(name)).toBe(heading));
});
