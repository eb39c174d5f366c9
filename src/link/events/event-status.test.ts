import { describe, expect, it } from 'vitest';
import { eventStatus, independentSources } from './event-status.js';
import { REPEATED, telling } from './test-tellings.js';

describe('eventStatus', () => {
  it.each([
    ['one voice', [{ id: 'a', claimant: 'sohr' }], 'reported', 1],
    [
      'the same voice twice',
      [
        { id: 'a', claimant: 'sohr' },
        { id: 'b', claimant: 'sohr' },
      ],
      'reported',
      1,
    ],
    ['two outlets', [{ id: 'a' }, { id: 'b' }], 'corroborated', 2],
    ['a wire copy counts once', [{ id: 'a' }, { id: 'b', duplicateOf: 'a' }], 'reported', 1],
    [
      'a passage repeated in one report under two voices is one voice',
      [
        { id: 'a', doc: 'd1', claimant: 'trump', text: REPEATED, span: [0, 43] as const, trigger: 9 },
        { id: 'b', doc: 'd1', text: REPEATED, span: [45, 88] as const, trigger: 54 },
      ],
      'reported',
      1,
    ],
    [
      'negative: two voices in two clauses of one report',
      [
        { id: 'a', doc: 'd1', claimant: 'sohr', span: [0, 10] as const },
        { id: 'b', doc: 'd1', claimant: 'un', span: [20, 40] as const },
      ],
      'corroborated',
      2,
    ],
    [
      'one clause under two voices (nested attributions) is one voice',
      [
        { id: 'a', doc: 'd1', claimant: 'sohr', span: [10, 60] as const },
        { id: 'b', doc: 'd1', claimant: 'un', span: [10, 60] as const },
      ],
      'reported',
      1,
    ],
    [
      'two words of one clause are one voice',
      [
        { id: 'a', doc: 'd1', outlet: 'o1', span: [10, 60] as const },
        { id: 'b', doc: 'd1', outlet: 'o1', span: [10, 60] as const },
      ],
      'reported',
      1,
    ],
    ['a denial', [{ id: 'a' }, { id: 'b' }, { id: 'c', stance: 'denies' as const }], 'disputed', 2],
    ['told inside a denied claim', [{ id: 'a', deniedClaim: true }], 'disputed', 1],
    ['negative: a denial alone disputes nothing', [{ id: 'a', stance: 'denies' as const }], 'reported', 0],
    [
      'negative: a denial and a refusal to confirm dispute nothing',
      [
        { id: 'a', stance: 'denies' as const },
        { id: 'b', stance: 'declines' as const },
      ],
      'reported',
      0,
    ],
    ['a denial against one voice', [{ id: 'a' }, { id: 'b', stance: 'denies' as const }], 'disputed', 1],
    [
      'a refusal to confirm vouches for nothing and disputes nothing',
      [{ id: 'a' }, { id: 'b', stance: 'declines' as const }],
      'reported',
      1,
    ],
  ])('%s', (_, ts, status, sources) => {
    const tellings = ts.map(telling);
    expect([eventStatus(tellings), independentSources(tellings)]).toEqual([status, sources]);
  });
});
