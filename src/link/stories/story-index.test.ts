import { describe, expect, it } from 'vitest';
import { twoReportFixture } from '../../picture/fixtures/two-report-fixture.js';
import type { StoryDoc } from '../story-doc.js';
import { groupStories } from './group-stories.js';
import { storyIndex } from './story-index.js';

const fixture = (): StoryDoc[] => {
  const { reports, analyses } = twoReportFixture();
  return reports.map((report, i) => ({ report, analysis: analyses[i]! }));
};
const ids = (groups: StoryDoc[][]) => groups.map((g) => g.map((d) => d.report.id));

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
});
