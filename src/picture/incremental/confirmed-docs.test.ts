import { describe, expect, it } from 'vitest';
import type { LinkedClaim } from '../../link/claims/build-claims.js';
import { confirmedDocs } from './confirmed-docs.js';

const claim = (id: string, by: string, stance: 'asserts' | 'confirms' | 'denies', answers: string | null) =>
  ({
    claim: {
      id,
      claimantId: by,
      coClaimantIds: [],
      claimantSpan: null,
      cue: 'said',
      stance,
      documentId: 'd1',
      content: { documentId: 'd1', start: 0, end: 40 },
    },
    answers,
  }) as unknown as LinkedClaim;

describe('confirmedDocs', () => {
  it('keeps a report’s spans while they say the same, and makes them again when they change', () => {
    let claims: readonly LinkedClaim[] = [
      claim('s1/c1', 'tv', 'asserts', null),
      claim('s1/c2', 'sohr', 'confirms', 's1/c1'),
    ];
    const of = confirmedDocs((d) => (d === 'd1' ? claims : undefined));
    const first = of('d1');
    expect(first.map((s) => s.confirmerIds)).toEqual([['sohr']]);
    expect(of('d1')).toBe(first);
    // renumbered (two claims of an earlier report came before): the same spans, the same list
    claims = [claim('s1/c5', 'tv', 'asserts', null), claim('s1/c6', 'sohr', 'confirms', 's1/c5')];
    expect(of('d1')).toBe(first);
    // the confirmer became another entity: a new list
    claims = [claim('s1/c5', 'tv', 'asserts', null), claim('s1/c6', 'monitor', 'confirms', 's1/c5')];
    expect(of('d1').map((s) => s.confirmerIds)).toEqual([['monitor']]);
    // a denial confirms nothing; an unknown report has no spans
    claims = [claim('s1/c5', 'tv', 'asserts', null), claim('s1/c6', 'rebels', 'denies', 's1/c5')];
    expect(of('d1')).toEqual([]);
    expect(of('d9')).toEqual([]);
  });
});
