import { describe, expect, it } from 'vitest';
import type { LinkedClaim } from '../../link/claims/build-claims.js';
import type { Stance } from '../../model/stance.js';
import { confirmationsOfClaims, confirmedSpans, confirmersIn, sameSpans } from './confirmed-spans.js';

const confirmersOf = (claims: Parameters<typeof confirmationsOfClaims>[0]) =>
  confirmationsOfClaims(claims).confirmersOf;

interface ClaimSpec {
  readonly id: string;
  readonly by: string | null;
  readonly stance: Stance;
  readonly at: readonly [number, number];
  readonly answers?: string;
  readonly doc?: string;
}

/** A linked claim with what confirmedSpans reads (the attribution and report are not read). */
const claim = (s: ClaimSpec): LinkedClaim =>
  ({
    claim: {
      id: s.id,
      claimantId: s.by,
      coClaimantIds: [],
      claimantSpan: null,
      cue: 'said',
      stance: s.stance,
      documentId: s.doc ?? 'd1',
      content: { documentId: s.doc ?? 'd1', start: s.at[0], end: s.at[1] },
    },
    answers: s.answers ?? null,
  }) as unknown as LinkedClaim;

// "state television said the army had seized al-Sakhour (c1); rebels denied the claims (c2); the Observatory
// confirmed that government forces have seized the district (c3)", and an unrelated claim (c4) about aid.
const TV = claim({ id: 'c1', by: 'state-tv', stance: 'asserts', at: [338, 419] });
const DENIAL = claim({ id: 'c2', by: 'rebels', stance: 'denies', at: [435, 445], answers: 'c1' });
const CONFIRMED = claim({ id: 'c3', by: 'sohr', stance: 'confirms', at: [506, 690], answers: 'c1' });
const AID = claim({ id: 'c4', by: 'un', stance: 'asserts', at: [800, 900] });

describe('confirmedSpans', () => {
  it.each([
    [
      'a confirmation adds its claimant to the claim it answers',
      [TV, DENIAL, CONFIRMED],
      [[338, 419, ['sohr']]],
    ],
    ['a denial is not a confirmation', [TV, DENIAL], []],
    [
      'two confirmers of one claim, each once',
      [
        TV,
        CONFIRMED,
        claim({ id: 'c5', by: 'sana', stance: 'confirms', at: [950, 990], answers: 'c1' }),
        CONFIRMED,
      ],
      [[338, 419, ['sohr', 'sana']]],
    ],
    [
      'a confirmation answering nothing',
      [TV, claim({ id: 'c3', by: 'sohr', stance: 'confirms', at: [506, 690] })],
      [],
    ],
    [
      'a confirmation nobody makes',
      [TV, claim({ id: 'c3', by: null, stance: 'confirms', at: [506, 690], answers: 'c1' })],
      [],
    ],
    [
      'an assertion that answers a claim (refersTo) confirms nothing',
      [TV, claim({ id: 'c3', by: 'sohr', stance: 'asserts', at: [506, 690], answers: 'c1' })],
      [],
    ],
    [
      'a confirmation of an unrelated claim',
      [TV, AID, claim({ id: 'c5', by: 'sohr', stance: 'confirms', at: [950, 990], answers: 'c4' })],
      [[800, 900, ['sohr']]],
    ],
  ] as const)('%s', (_, claims, expected) => {
    expect(confirmedSpans(claims).map((s) => [s.start, s.end, s.confirmerIds])).toEqual(expected);
  });
});

describe('confirmersIn / confirmersOf', () => {
  const spans = confirmedSpans([TV, DENIAL, CONFIRMED, AID]);
  it.each([
    ['the telling is the confirmed content', 'd1', 338, 419, ['sohr']],
    ['the telling lies inside it', 'd1', 360, 419, ['sohr']],
    ['the telling runs past it', 'd1', 338, 430, []],
    ['the telling only overlaps it', 'd1', 300, 350, []],
    ['the telling is the denial', 'd1', 435, 445, []],
    ['the telling is in an unconfirmed claim', 'd1', 800, 900, []],
    ['the telling is in another report', 'd2', 338, 419, []],
  ] as const)('%s', (_, documentId, start, end, expected) => {
    expect(confirmersIn(spans, { documentId, start, end })).toEqual(expected);
    expect(confirmersOf([TV, DENIAL, CONFIRMED, AID])({ documentId, start, end })).toEqual(expected);
  });

  it('reads each report apart in a story', () => {
    const other = [
      claim({ id: 'c5', by: 'sana', stance: 'asserts', at: [0, 50], doc: 'd2' }),
      claim({ id: 'c6', by: 'sohr', stance: 'confirms', at: [60, 90], doc: 'd2', answers: 'c5' }),
    ];
    const of = confirmersOf([TV, CONFIRMED, ...other]);
    expect([
      of({ documentId: 'd2', start: 0, end: 50 }),
      of({ documentId: 'd1', start: 0, end: 50 }),
    ]).toEqual([['sohr'], []]);
    const cites = confirmationsOfClaims([TV, CONFIRMED, ...other]).confirmationsOf;
    expect([
      cites({ documentId: 'd2', start: 0, end: 50 }),
      cites({ documentId: 'd1', start: 0, end: 50 }),
    ]).toEqual([[{ documentId: 'd2', start: 60, end: 90 }], []]);
  });

  it('tells spans that say the same', () => {
    expect(sameSpans(confirmedSpans([TV, CONFIRMED]), confirmedSpans([TV, CONFIRMED]))).toBe(true);
    expect(sameSpans(confirmedSpans([TV, CONFIRMED]), confirmedSpans([TV]))).toBe(false);
  });
});
