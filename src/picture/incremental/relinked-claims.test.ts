import { describe, expect, it } from 'vitest';
import type { EntityIndex } from '../../link/entities/merge-entities.js';
import type { MentionId } from '../../model/ids.js';
import { AnalysisBuilder, makeReport } from '../fixtures/fixture-builder.js';
import { docClaims } from './doc-parts.js';
import { docSlot } from './doc-slot.js';
import { relinkedClaims } from './relinked-claims.js';

/** One report with two claims: Ms Pao and the Observatory (joint) on the dead, the army denying it. */
const fixture = () => {
  const text = 'Ms Pao and the Observatory said 5 people were killed in Homs. The army denied that report.';
  const report = makeReport({ id: 'd1', text, published: '2016-12-01' });
  const b = new AnalysisBuilder(report);
  const pao = b.entity('Ms Pao', 'pao', 'person');
  b.entity('the Observatory', 'observatory');
  b.entity('Homs', 'homs', 'place');
  const army = b.entity('The army', 'army', 'group');
  b.attribution({
    source: 'Ms Pao and the Observatory',
    sourceMentionId: pao,
    cue: 'said',
    content: '5 people were killed in Homs',
    stance: 'asserts',
  });
  b.attribution({
    source: 'The army',
    sourceMentionId: army,
    cue: 'denied',
    content: 'that report',
    stance: 'denies',
  });
  return docSlot({ report, analysis: b.build() });
};

const index = (ids: Readonly<Record<string, string>>): EntityIndex => ({
  entities: [],
  entityOf: (m: MentionId | null) => (m === null ? null : (ids[m.slice(m.lastIndexOf(':') + 1)] ?? null)),
});
/** Entity ids by mention (e1 Ms Pao, e2 the Observatory, e3 Homs, e4 the army). */
const before = index({ e1: 'p/e:pao', e2: 'p/e:observatory', e3: 'p/e:homs', e4: 'p/e:army' });

describe('relinkedClaims equals docClaims made again under the new entities', () => {
  const rows: readonly [
    string,
    EntityIndex,
    readonly (readonly [string, string | null, readonly string[]])[],
  ][] = [
    [
      'the joint source merged into the claimant: no joint claimant left',
      index({ e1: 'p/e:pao', e2: 'p/e:pao', e3: 'p/e:homs', e4: 'p/e:army' }),
      [
        ['p/c3', 'p/e:pao', []],
        ['p/c4', 'p/e:army', []],
      ],
    ],
    [
      'claimant and joint source split off to new ids',
      index({ e1: 'p/e:pao~2', e2: 'p/e:obs', e3: 'p/e:homs', e4: 'p/e:army' }),
      [
        ['p/c3', 'p/e:pao~2', ['p/e:obs']],
        ['p/c4', 'p/e:army', []],
      ],
    ],
    [
      'mentions that lost their entity',
      index({}),
      [
        ['p/c3', null, []],
        ['p/c4', null, []],
      ],
    ],
  ];
  it.each(rows)('%s', (_, after, want) => {
    const slot = fixture();
    const relinked = relinkedClaims(docClaims(slot, before, 'p/', 2), after);
    expect(relinked).toEqual(docClaims(slot, after, 'p/', 2));
    expect(relinked.map((c) => [c.claim.id, c.claim.claimantId, c.claim.coClaimantIds])).toEqual(want);
  });

  it('keeps a claim whose ids did not change as the same object (negative row: nothing moved)', () => {
    const slot = fixture();
    const claims = docClaims(slot, before, 'p/', 2);
    const relinked = relinkedClaims(claims, before);
    expect(relinked.map((c, k) => c === claims[k])).toEqual([true, true]);
  });
});
