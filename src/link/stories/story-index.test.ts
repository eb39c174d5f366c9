import { describe, expect, it } from 'vitest';
import { makeReport } from '../../picture/fixtures/fixture-builder.js';
import { twoReportFixture } from '../../picture/fixtures/two-report-fixture.js';
import { emptyAnalysis } from '../../pipeline/empty-analysis.js';
import type { StoryDoc } from '../story-doc.js';
import { groupStories } from './group-stories.js';
import { storyIndex } from './story-index.js';

const fixture = (): StoryDoc[] => {
  const { reports, analyses } = twoReportFixture();
  return reports.map((report, i) => ({ report, analysis: analyses[i]! }));
};
const ids = (groups: StoryDoc[][]) => groups.map((g) => g.map((d) => d.report.id));
const textDoc = (id: string, text: string, duplicateOf: string | null = null): StoryDoc => {
  const report = makeReport({ id, text, duplicateOf });
  return { report, analysis: emptyAnalysis(report.id) };
};

describe('storyIndex', () => {
  it('adds reports one at a time into the stories the batch door finds', () => {
    const index = storyIndex();
    const stories = fixture().map((d) => index.add(d));
    expect(stories).toEqual([0, 0, 0, 3]);
    expect(ids(index.stories())).toEqual(ids(groupStories(fixture())));
  });

  it.each([
    ['an unrelated report starts its own story', [3, 0], [['dD'], ['dA']]],
    ['an empty index has no stories', [], []],
  ])('%s', (_, order, expected) => {
    const index = storyIndex();
    const docs = fixture();
    for (const k of order as number[]) index.add(docs[k]!);
    expect(ids(index.stories())).toEqual(expected);
  });

  it('a wire copy joins its original whatever its text, and adds no story', () => {
    const index = storyIndex();
    const docs = fixture();
    index.add(docs[0]!);
    index.add(docs[3]!);
    const copy = {
      ...docs[3]!,
      report: { ...docs[3]!.report, id: docs[2]!.report.id, duplicateOf: docs[0]!.report.id },
    };
    expect(index.add(copy)).toBe(0);
    expect(ids(index.stories())).toEqual([['dA', 'dC'], ['dD']]);
  });
});

describe('storyIndex: stories merge and split as reports arrive', () => {
  // r0 and r1 first meet on "quake struck offshore"; then four reports about the damaged bridge follow r0,
  // until r1 fits its story at less than 0.4 × the threshold and splits off; a later landslide report joins it.
  // The threshold is pinned at 0.25, the one these texts were written for: the split, not the constant, is
  // under test (at STORY_THRESHOLD 0.2 r1 needs more bridge reports before it falls below 0.08).
  const texts = [
    'quake struck offshore harbour bridge damaged',
    'quake struck offshore tremor village landslide',
    'harbour bridge damaged ferries',
    'harbour bridge damaged engineers',
    'harbour bridge damaged repairs',
    'harbour bridge damaged traffic',
    'tremor village landslide rescuers',
  ];
  const run = () => {
    const index = storyIndex(0.25);
    const after: string[][][] = [];
    const homes = texts.map((t, i) => {
      const home = index.add(textDoc(`r${i}`, t));
      after.push(ids(index.stories()));
      return home;
    });
    return { homes, after };
  };

  it('joins r1 to r0 first, then splits it off once the story has moved on', () => {
    const { homes, after } = run();
    expect(after[1]).toEqual([['r0', 'r1']]);
    expect(after[4]).toEqual([['r0', 'r1', 'r2', 'r3', 'r4']]);
    expect(after[5]).toEqual([['r0', 'r2', 'r3', 'r4', 'r5'], ['r1']]);
    expect(after[6]).toEqual([
      ['r0', 'r2', 'r3', 'r4', 'r5'],
      ['r1', 'r6'],
    ]);
    expect(homes).toEqual([0, 0, 0, 0, 0, 0, 1]);
  });

  it('at threshold 0 everything is one story and nothing splits', () => {
    const index = storyIndex(0);
    for (const [i, t] of texts.entries()) index.add(textDoc(`r${i}`, t));
    expect(index.stories().length).toBe(1);
  });
});
