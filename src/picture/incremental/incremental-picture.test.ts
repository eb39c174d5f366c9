import { describe, expect, it } from 'vitest';
import { groupStories } from '../../link/stories/group-stories.js';
import { compareReports, type StoryDoc } from '../../link/story-doc.js';
import { buildPicture } from '../build-picture.js';
import { buildStory } from '../build-story.js';
import { earlyReport } from '../fixtures/early-report-fixture.js';
import { twoReportFixture } from '../fixtures/two-report-fixture.js';
import { grownDocs, seeded, shuffled } from './grown-docs.test-support.js';
import { livePicture } from './live-picture.js';
import { storyState } from './story-state.js';

const fixtureDocs = (): StoryDoc[] => {
  const { reports, analyses } = twoReportFixture();
  return reports.map((report, i) => ({ report, analysis: analyses[i]! }));
};
/**
 * The fixture where the Observatory's confirmation tells no event of its own (as a report whose "the strategic
 * district" resolves nowhere): it only confirms State TV's claim, so only the confirmation names it as saying so.
 */
const confirmationOnlyDocs = (): StoryDoc[] =>
  fixtureDocs().map((d) => {
    const confirms = new Set(d.analysis.attributions.filter((a) => a.stance === 'confirms').map((a) => a.id));
    const events = d.analysis.events.filter(
      (e) => e.attributionId === null || !confirms.has(e.attributionId),
    );
    return { ...d, analysis: { ...d.analysis, events } };
  });
const inOrder = (docs: readonly StoryDoc[]): StoryDoc[] =>
  [...docs].sort((a, b) => compareReports(a.report, b.report));

/** Adds the reports one at a time, checking after each that the picture equals a full rebuild. */
const addOneByOne = (docs: readonly StoryDoc[]) => {
  const state = storyState('s1');
  const seen: StoryDoc[] = [];
  for (const d of docs) {
    state.add([d]);
    seen.push(d);
    expect(state.picture()).toEqual(buildStory('s1', inOrder(seen)));
  }
  return state;
};

describe('storyState: one report at a time equals buildStory', () => {
  it.each([1, 2, 3])('the two-report fixture and its copies, arrival order %i', (seed) => {
    const random = seeded(seed);
    const docs = shuffled(grownDocs(fixtureDocs(), 14, random), random);
    const state = addOneByOne(docs);
    expect(state.docs.length).toBe(18);
  });

  it('undated copies: their discrepancy with the latest day follows the reports as they come', () => {
    const random = seeded(7);
    const docs = shuffled(grownDocs(fixtureDocs(), 14, random), random);
    const state = addOneByOne(docs);
    expect(
      state
        .picture()
        .conflicts.filter((c) => c.kind === 'discrepancy')
        .map((c) => c.about),
    ).toEqual(['share_controlled|territory|s1/e:east-aleppo|share']);
  });

  it.each([6, 7])('a confirmation that tells no event of its own, arrival order %i', (seed) => {
    const random = seeded(seed);
    const docs = shuffled(grownDocs(confirmationOnlyDocs(), 10, random), random);
    const state = addOneByOne(docs);
    const sakhour = state.view().control.find((c) => c.placeId === 's1/e:al-sakhour')!;
    expect(sakhour.periods.map((p) => p.claimantIds)).toEqual([
      ['s1/e:syrian-state-tv', 's1/e:syrian-observatory-for-human-rights'],
    ]);
  });

  it('keeps the view (no briefing) equal between two additions', () => {
    const docs = fixtureDocs();
    const state = storyState('s3', docs.slice(0, 2));
    state.add(docs.slice(2));
    const { briefing: _b, ...expected } = buildStory('s3', inOrder(docs));
    expect(state.view()).toEqual(expected);
  });

  it('keeps every view as it was when made, read only after all the reports joined', () => {
    const random = seeded(8);
    const docs = shuffled(grownDocs(fixtureDocs(), 10, random), random);
    const state = storyState('s1');
    const views = docs.map((d) => {
      state.add([d]);
      return state.view();
    });
    views.forEach((view, k) => {
      const { briefing: _b, ...expected } = buildStory('s1', inOrder(docs.slice(0, k + 1)));
      expect(view).toEqual(expected);
      expect(view.claims).toBe(view.claims);
    });
  });

  it('ignores a report it already holds', () => {
    const [report, analysis] = earlyReport();
    const state = storyState('s1', [{ report, analysis }]);
    const before = state.picture();
    state.add([{ report, analysis }]);
    expect(state.picture()).toBe(before);
  });
});

describe('livePicture: the stories of groupStories, report by report, equal buildPicture', () => {
  it.each([4, 5])('arrival order %i', (seed) => {
    const random = seeded(seed);
    const docs = shuffled(grownDocs(fixtureDocs(), 6, random), random);
    const live = livePicture('0.0.0-test');
    const seen: StoryDoc[] = [];
    for (const d of docs) {
      seen.push(d);
      live.update(groupStories(seen));
      const expected = buildPicture(
        { reports: seen.map((s) => s.report), analyses: seen.map((s) => s.analysis) },
        { version: '0.0.0-test' },
      );
      expect(live.picture()).toEqual(expected);
    }
  });
});
