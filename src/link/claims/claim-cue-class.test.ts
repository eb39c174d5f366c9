import { describe, expect, it } from 'vitest';
import type { ClaimCueClass } from '../../lang/en/claim-cues.js';
import { claimCueClass, claimCueMatch, cueWords } from './claim-cue-class.js';

describe('claimCueClass', () => {
  it.each<[string, ClaimCueClass | null]>([
    ['said', 'say'],
    ['told', 'say'],
    ['According to', 'say'],
    ['previously expressed', 'say'],
    ['did not confirm', 'confirm'],
    ['denied', 'deny'],
    ['accused', 'accuse'],
    ['trumpeted', 'announce'],
    ['believes', 'assess'],
    ['warned', 'warn'],
    ['has also raised concerns about', 'warn'],
    ['has promised', 'propose'],
    ['calling on', 'say'],
    ['urged', 'demand'],
    ['worrying about', 'concern'],
    ['showed', 'evidence'],
    ['questioned', 'doubt'],
    // negatives: wanting, hoping, deciding, refusing, seeming, reacting, forming, receiving, seeing
    ['want', null],
    ['hoped', null],
    ['decided', null],
    ['refuse', null],
    ['seems', null],
    ['appeared', null],
    ['have reacted with', null],
    ['has been formed', null],
    ['received support', null],
    ['would be seen as', null],
    ['know', null],
    ['declined', null],
    // a phrasal verb of another sense
    ['failed to show up', null],
    ['called off', null],
    ['"', null],
    ['', null],
  ])('%s → %s', (cue, expected) => {
    expect(claimCueClass(cue)?.class ?? null).toBe(expected);
  });

  it('prefers a form needing no clause and says where it is', () => {
    expect(claimCueMatch(cueWords('feared and said'))).toMatchObject({ at: 2, entry: { class: 'say' } });
    expect(claimCueMatch(cueWords('were only worried'))).toMatchObject({
      at: 2,
      entry: { class: 'concern' },
    });
    expect(cueWords('’s also been suggested')).toEqual(['s', 'also', 'been', 'suggested']);
  });
});
