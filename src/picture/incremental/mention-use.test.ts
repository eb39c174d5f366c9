import { describe, expect, it } from 'vitest';
import type { MentionId } from '../../model/ids.js';
import { AnalysisBuilder, makeReport } from '../fixtures/fixture-builder.js';
import { mentionUse } from './mention-use.js';

/**
 * "Ms Pao and the Observatory said the army shelled Homs, killing 5 people in Idlib. Aleppo is calm.": Ms Pao
 * claims (joined by the Observatory), the army shells Homs (actor, place) and hits civilians (target), the
 * figure is placed in Idlib; Aleppo is named by no part.
 */
const fixture = () => {
  const text =
    'Ms Pao and the Observatory said the army shelled Homs hitting civilians, killing 5 people in Idlib. Aleppo is calm.';
  const report = makeReport({ id: 'd1', text, published: '2016-12-01' });
  const b = new AnalysisBuilder(report);
  const m = {
    pao: b.entity('Ms Pao', 'pao', 'person'),
    observatory: b.entity('the Observatory', 'observatory'),
    army: b.entity('the army', 'army', 'group'),
    homs: b.entity('Homs', 'homs', 'place'),
    civilians: b.entity('civilians', 'civilians', 'other'),
    idlib: b.entity('Idlib', 'idlib', 'place'),
    aleppo: b.entity('Aleppo', 'aleppo', 'place'),
  };
  b.attribution({
    source: 'Ms Pao and the Observatory',
    sourceMentionId: m.pao,
    cue: 'said',
    content: 'the army shelled Homs hitting civilians, killing 5 people in Idlib',
    stance: 'asserts',
  });
  b.figure('5 people', { value: 5, unit: 'people', measure: 'killed', placeId: m.idlib });
  b.event({
    trigger: 'shelled',
    span: 'the army shelled Homs hitting civilians',
    type: 'shelling',
    actorIds: [m.army],
    targetIds: [m.civilians],
    placeId: m.homs,
  });
  return { doc: { report, analysis: b.build() }, m };
};

describe('mentionUse', () => {
  const { doc, m } = fixture();
  it.each<[string, (keyof typeof m)[], { merging: boolean; named: boolean }]>([
    ['an event actor', ['army'], { merging: true, named: true }],
    ['an event place', ['homs'], { merging: true, named: true }],
    ['an event target', ['civilians'], { merging: false, named: true }],
    ['a claimant', ['pao'], { merging: false, named: true }],
    ['a joint speaker inside the source phrase', ['observatory'], { merging: false, named: true }],
    ['a figure place', ['idlib'], { merging: false, named: true }],
    ['a mention no part names', ['aleppo'], { merging: false, named: false }],
    ['no mention', [], { merging: false, named: false }],
  ])('%s', (_, names, use) => {
    expect(mentionUse(doc, new Set<MentionId>(names.map((n) => m[n])))).toEqual(use);
  });
});
