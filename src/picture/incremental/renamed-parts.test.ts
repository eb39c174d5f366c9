import { describe, expect, it } from 'vitest';
import type { EntityIndex } from '../../link/entities/merge-entities.js';
import { eventTelling } from '../../link/events/event-telling.js';
import type { MentionId } from '../../model/ids.js';
import { AnalysisBuilder, makeReport } from '../fixtures/fixture-builder.js';
import { docClaims, docFigures } from './doc-parts.js';
import { docSlot } from './doc-slot.js';
import { renamedClaims, renamedFigures, renamedTellings } from './renamed-parts.js';

/** One report whose claim, figure and event name Ms Pao (claimant, actor), the Observatory (joint) and Homs. */
const fixture = () => {
  const text = 'Ms Pao and the Observatory said 5 people were killed in shelling of Homs by the army.';
  const report = makeReport({ id: 'd1', text, published: '2016-12-01' });
  const b = new AnalysisBuilder(report);
  const pao = b.entity('Ms Pao', 'pao', 'person');
  b.entity('the Observatory', 'observatory');
  const homs = b.entity('Homs', 'homs', 'place');
  const army = b.entity('the army', 'army', 'group');
  b.attribution({
    source: 'Ms Pao and the Observatory',
    sourceMentionId: pao,
    cue: 'said',
    content: '5 people were killed in shelling of Homs by the army',
    stance: 'asserts',
  });
  b.figure('5 people', { value: 5, unit: 'people', measure: 'killed', what: 'people', placeId: homs });
  b.event({
    trigger: 'shelling',
    span: 'shelling of Homs by the army',
    type: 'shelling',
    placeId: homs,
    actorIds: [army],
  });
  return docSlot({ report, analysis: b.build() });
};

const index = (ids: Readonly<Record<string, string>>): EntityIndex => ({
  entities: [],
  entityOf: (m: MentionId | null) => (m === null ? null : (ids[m.slice(m.lastIndexOf(':') + 1)] ?? null)),
});
/** Entity ids by mention (e1 Ms Pao, e2 the Observatory, e3 Homs, e4 the army), before and after. */
const before = index({ e1: 'p/e:pao', e2: 'p/e:observatory', e3: 'p/e:homs', e4: 'p/e:army' });
const after = index({ e1: 'p/e:pao~2', e2: 'p/e:obs', e3: 'p/e:homs:place', e4: 'p/e:army' });
const renaming = new Map([
  ['p/e:pao', 'p/e:pao~2'],
  ['p/e:observatory', 'p/e:obs'],
  ['p/e:homs', 'p/e:homs:place'],
]);

describe('renamed parts equal the parts made again under the new ids', () => {
  it('figures: place, claimant, joint claimants and series key', () => {
    const slot = fixture();
    const renamed = renamedFigures(docFigures([], slot, before, 'p/'), renaming);
    expect(renamed).toEqual(docFigures([], slot, after, 'p/'));
    expect(renamed.own.map((f) => [f.placeId, f.claimantId, f.coClaimantIds, f.seriesKey])).toEqual([
      ['p/e:homs:place', 'p/e:pao~2', ['p/e:obs'], 'killed|people|p/e:homs:place|people'],
    ]);
  });

  it('claims: claimant and joint claimants', () => {
    const slot = fixture();
    const renamed = renamedClaims(docClaims(slot, before, 'p/', 4), renaming);
    expect(renamed).toEqual(docClaims(slot, after, 'p/', 4));
    expect(renamed.map((c) => [c.claim.id, c.claim.claimantId, c.claim.coClaimantIds])).toEqual([
      ['p/c5', 'p/e:pao~2', ['p/e:obs']],
    ]);
  });

  it('tellings: place, actors, targets and the claimant of the evidence', () => {
    const slot = fixture();
    const tell = (entities: EntityIndex) =>
      slot.doc.analysis.events.map((m) => eventTelling(slot.doc, m, entities, () => null, []));
    const renamed = renamedTellings(tell(before), renaming);
    expect(renamed).toEqual(tell(after));
    expect(renamed.map((t) => [t.placeId, t.actorIds, t.evidence.claimantId])).toEqual([
      ['p/e:homs:place', ['p/e:army'], 'p/e:pao~2'],
    ]);
  });

  it('leaves ids that were not renamed (and nulls) as they were', () => {
    const slot = fixture();
    const figures = docFigures([], slot, before, 'p/');
    expect(renamedFigures(figures, new Map())).toEqual(figures);
    const claims = docClaims(slot, index({}), 'p/', 0);
    expect(renamedClaims(claims, renaming).map((c) => [c.claim.claimantId, c.claim.coClaimantIds])).toEqual([
      [null, []],
    ]);
  });
});
