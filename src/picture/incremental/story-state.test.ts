import { describe, expect, it } from 'vitest';
import { compareReports, type StoryDoc } from '../../link/story-doc.js';
import type { EntityType } from '../../model/entity-mention.js';
import { buildStory } from '../build-story.js';
import { AnalysisBuilder, makeReport } from '../fixtures/fixture-builder.js';
import { storyState } from './story-state.js';

/**
 * A report where each of `names` (surface, key, type) says that n people were killed in shelling by it: the
 * name is a claimant (of a claim and a figure), the place of the figure, and the actor of an event, so every
 * part of the story names its entity.
 */
const doc = (id: string, published: string, names: readonly [string, string, EntityType][]): StoryDoc => {
  const said = (surface: string, n: number) => `${surface} said ${n + 2} people were killed in shelling.`;
  const text = names.map(([surface], n) => said(surface, n)).join(' ');
  const report = makeReport({ id, text, title: `Report ${id}`, published });
  const b = new AnalysisBuilder(report);
  names.forEach(([surface, key, type], n) => {
    const who = b.entity(surface, key, type);
    const content = `${n + 2} people were killed in shelling`;
    b.attribution({
      source: surface,
      sourceMentionId: who,
      cue: ['said', n + 1],
      content,
      stance: 'asserts',
    });
    const f = b.figure(`${n + 2} people`, {
      value: n + 2,
      unit: 'people',
      measure: 'killed',
      what: 'people',
      placeId: who,
    });
    b.event({
      trigger: ['shelling', n + 1],
      span: content,
      type: 'shelling',
      actorIds: [who],
      figureIds: [f],
    });
  });
  return { report, analysis: b.build() };
};

const inOrder = (docs: readonly StoryDoc[]): StoryDoc[] =>
  [...docs].sort((a, b) => compareReports(a.report, b.report));

/** Adds the reports one at a time and compares every step with buildStory; returns the last picture. */
/** Who says one of two shares of Aleppo in report d1. */
interface Speaker {
  readonly source: string;
  readonly name: string;
  readonly key: string;
  readonly type?: EntityType;
}

/** Report d1: two speakers give 40 and 70 percent of Aleppo, one sentence each. */
const twoShares = (text: string, first: Speaker, second: Speaker): StoryDoc => {
  const report = makeReport({ id: 'd1', text, title: 'Report d1', published: '2016-12-01' });
  const b = new AnalysisBuilder(report);
  const ids = [first, second].map((s) => b.entity(s.name, s.key, s.type));
  const aleppo = b.entity('Aleppo', 'aleppo', 'place');
  const contents = ['rebels hold 40 percent of Aleppo', 'they hold 70 percent of it'];
  [first, second].forEach((s, i) => {
    const sourceMentionId = ids[i]!;
    b.attribution({
      source: s.source,
      sourceMentionId,
      cue: ['said', i + 1],
      content: contents[i]!,
      stance: 'asserts',
    });
  });
  b.figure('40 percent', { value: 0.4, unit: 'share', measure: 'share_controlled', placeId: aleppo });
  b.figure('70 percent', { value: 0.7, unit: 'share', measure: 'share_controlled', placeId: aleppo });
  return { report, analysis: b.build() };
};

const grow = (docs: readonly StoryDoc[]) => {
  const state = storyState('s1');
  docs.forEach((d, i) => {
    state.add([d]);
    expect(state.picture()).toEqual(buildStory('s1', inOrder(docs.slice(0, i + 1))));
  });
  return state.picture();
};

describe('storyState when a report moves earlier mentions to another entity', () => {
  it('a key whose dominant type changes (its mentions get new ids)', () => {
    // d1: a place; d2: a person as often, and 'person' wins the tie (longer), so the place's id moves
    const last = grow([
      doc('d1', '2016-12-01', [['Pao', 'pao', 'place']]),
      doc('d2', '2016-12-02', [['Pao', 'pao', 'person']]),
      doc('d3', '2016-12-03', [['Ms Pao', 'pao', 'person']]),
    ]);
    expect(last.entities.map((e) => [e.id, e.type])).toEqual([
      ['s1/e:pao:place', 'place'],
      ['s1/e:pao', 'person'],
    ]);
  });

  it('a key that becomes the short form of a longer key (and one that stops being one)', () => {
    const last = grow([
      doc('d1', '2016-12-01', [['the Observatory', 'observatory', 'organization']]),
      doc('d2', '2016-12-02', [
        ['Syrian Observatory for Human Rights', 'syrian observatory for human rights', 'organization'],
      ]),
      doc('d3', '2016-12-03', [
        ['British Observatory of Birds', 'british observatory of birds', 'organization'],
      ]),
    ]);
    expect(last.entities.map((e) => e.id)).toEqual([
      's1/e:observatory',
      's1/e:syrian-observatory-for-human-rights',
      's1/e:british-observatory-of-birds',
    ]);
  });

  it('a report dated before the others (its parts go in first, the later ones move)', () => {
    const last = grow([
      doc('d2', '2016-12-02', [['Aleppo', 'aleppo', 'place']]),
      doc('d3', '2016-12-03', [['Aleppo', 'aleppo', 'place']]),
      doc('d1', '2016-12-01', [['Homs', 'homs', 'place']]),
    ]);
    expect(last.documentIds).toEqual(['d1', 'd2', 'd3']);
    expect(last.entities.map((e) => e.id)).toEqual(['s1/e:homs', 's1/e:aleppo']);
  });
});

describe('storyState when a report moves mentions that only some parts name', () => {
  /** `speakers` (surface, key, type) said a figure together: the first is the claimant, the others joint. */
  const jointly = (id: string, published: string, speakers: readonly [string, string, EntityType][]) => {
    const source = speakers.map(([surface]) => surface).join(' and ');
    const text = `${source} said 5 people were killed in shelling.`;
    const report = makeReport({ id, text, title: `Report ${id}`, published });
    const b = new AnalysisBuilder(report);
    const ids = speakers.map(([surface, key, type]) => b.entity(surface, key, type));
    b.attribution({
      source,
      sourceMentionId: ids[0]!,
      cue: 'said',
      content: '5 people were killed in shelling',
      stance: 'asserts',
    });
    b.figure('5 people', { value: 5, unit: 'people', measure: 'killed', what: 'people' });
    return { report, analysis: b.build() };
  };

  it('a joint speaker whose entity moves (claims and figures name it beside their claimant)', () => {
    // d2, d3 tell 'observatory' as a group more often: d1's organization mention moves to another id
    const last = grow([
      jointly('d1', '2016-12-01', [
        ['Ms Pao', 'pao', 'person'],
        ['the Observatory', 'observatory', 'organization'],
      ]),
      doc('d2', '2016-12-02', [['Observatory', 'observatory', 'group']]),
      doc('d3', '2016-12-03', [['Observatory', 'observatory', 'group']]),
    ]);
    expect(last.claims[0]!.coClaimantIds).toEqual(['s1/e:observatory:organization']);
    expect(last.figures[0]!.coClaimantIds).toEqual(['s1/e:observatory:organization']);
  });

  it('a speaker alone (no joint speaker) keeps no co-claimant whatever moves', () => {
    const last = grow([
      jointly('d1', '2016-12-01', [['the Observatory', 'observatory', 'organization']]),
      doc('d2', '2016-12-02', [['Observatory', 'observatory', 'group']]),
      doc('d3', '2016-12-03', [['Observatory', 'observatory', 'group']]),
    ]);
    expect(last.claims[0]!.claimantId).toBe('s1/e:observatory:organization');
    expect(last.claims[0]!.coClaimantIds).toEqual([]);
  });

  it('an acronym that joins its full name (its mentions take a new id, and a new name in the notes)', () => {
    const last = grow([
      twoShares(
        'CDC said rebels hold 40 percent of Aleppo. Mr Ali said they hold 70 percent of it.',
        { source: 'CDC', name: 'CDC', key: 'cdc' },
        { source: 'Mr Ali', name: 'Mr Ali', key: 'ali', type: 'person' },
      ),
      doc('d2', '2016-12-02', [
        ['Coordination for Democratic Change', 'coordination for democratic change', 'organization'],
      ]),
    ]);
    expect(last.figures[0]!.claimantId).toBe('s1/e:coordination-for-democratic-change');
    expect(last.conflicts.map((c) => c.note)).toEqual([
      'share_controlled: 0.4 (Coordination for Democratic Change) vs 0.7 (Mr Ali), 2016-12-01',
    ]);
  });

  it('two claimants that stop being one entity (their figures now contradict each other)', () => {
    // d1: the Observatory (a short form of the Syrian Observatory) and the Syrian Observatory give two
    // shares of one place on one day: one voice, no contradiction; d2 names another Observatory, so the
    // short form is ambiguous and stands alone: two voices that disagree
    const last = grow([
      twoShares(
        'The Observatory said rebels hold 40 percent of Aleppo. The Syrian Observatory for Human Rights said they hold 70 percent of it.',
        { source: 'The Observatory', name: 'Observatory', key: 'observatory' },
        {
          source: 'The Syrian Observatory for Human Rights',
          name: 'Syrian Observatory for Human Rights',
          key: 'syrian observatory for human rights',
        },
      ),
      doc('d2', '2016-12-02', [
        ['British Observatory of Birds', 'british observatory of birds', 'organization'],
      ]),
    ]);
    expect(last.conflicts.map((c) => [c.kind, c.itemIds])).toEqual([['contradiction', ['s1/f1', 's1/f2']]]);
  });
});
