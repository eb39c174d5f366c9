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
