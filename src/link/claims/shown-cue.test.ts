import { describe, expect, it } from 'vitest';
import { shownCue } from './shown-cue.js';

describe('shownCue', () => {
  it.each([
    ['"', true, 'quoted'],
    ['“', true, 'quoted'],
    [':', true, 'quoted'],
    [':', false, ':'],
    ['said', true, 'said'],
    ['according to', false, 'according to'],
  ])('%s (direct %s) → %s', (cue, direct, expected) => {
    expect(shownCue(cue, direct)).toBe(expected);
  });
});
