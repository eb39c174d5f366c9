import { describe, expect, it } from 'vitest';
import { cueLabel } from './cue-label.js';

describe('cueLabel', () => {
  it.each([
    ['a sentence-initial capital', 'According to', 'according to'],
    ['a capital verb', 'Alleges', 'alleges'],
    ['a colon after the verb', 'said:', 'said'],
    ['a colon after a phrase', 'said after the vote:', 'said after the vote'],
    ['only a colon', ':', ''],
    ['negative: a plain cue', 'said', 'said'],
    ['negative: an acronym stays', 'AFP reported', 'AFP reported'],
    ['negative: a colon inside stays', 'wrote: in part', 'wrote: in part'],
  ])('%s', (_, cue, label) => expect(cueLabel(cue)).toBe(label));
});
