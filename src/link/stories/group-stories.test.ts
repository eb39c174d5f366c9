import { describe, expect, it } from 'vitest';
import { twoReportFixture } from '../../picture/fixtures/two-report-fixture.js';
import type { StoryDoc } from '../story-doc.js';
import { contentWords } from '../text/content-words.js';
import { groupStories, STORY_THRESHOLD } from './group-stories.js';
import { reportSimilarity } from './report-similarity.js';
import { tfIdfVectors } from './tf-idf.js';

const fixture = (): StoryDoc[] => {
  const { reports, analyses } = twoReportFixture();
  return reports.map((report, i) => ({ report, analysis: analyses[i]! }));
};
const ids = (groups: StoryDoc[][]) => groups.map((g) => g.map((d) => d.report.id));

describe('story threshold', () => {
  // dA (early Aleppo report), dB (later Aleppo report), dD (floods in Recife): the threshold sits between.
  const docs = fixture().filter((d) => d.report.id !== 'dC');
  const vectors = tfIdfVectors(docs.map((d) => contentWords(`${d.report.title}\n${d.report.text}`)));
  const features = docs.map((d, i) => ({
    vector: vectors[i]!,
    entityKeys: new Set(d.analysis.entities.filter((e) => !e.anaphoric).map((e) => e.key)),
    published: d.report.published,
  }));
  it.each([
    [0, 1, 0.4686, true],
    [0, 2, 0.0151, false],
    [1, 2, 0.0189, false],
  ])('%i ~ %i = %f (same story: %s)', (i, j, score, same) => {
    const s = reportSimilarity(features[i]!, features[j]!);
    expect(s).toBeCloseTo(score, 3);
    expect(s >= STORY_THRESHOLD).toBe(same);
  });
});

describe('groupStories', () => {
  it('puts same-story reports and the wire copy together, the unrelated report apart', () => {
    expect(ids(groupStories(fixture()))).toEqual([['dA', 'dB', 'dC'], ['dD']]);
  });

  it.each([[[3, 2, 1, 0]], [[2, 0, 3, 1]], [[1, 3, 0, 2]]])(
    'gives the same stories in input order %j',
    (order) => {
      const docs = fixture();
      expect(ids(groupStories(order.map((i) => docs[i]!)))).toEqual([['dA', 'dB', 'dC'], ['dD']]);
    },
  );

  it('joins a near-duplicate to its original even when the texts share nothing', () => {
    const docs = fixture();
    const flood = docs.find((d) => d.report.id === 'dD')!;
    const copy = { ...flood, report: { ...flood.report, duplicateOf: docs[0]!.report.id } };
    expect(ids(groupStories([docs[0]!, copy]))).toEqual([['dA', 'dD']]);
  });

  it('keeps reports apart when nothing links them', () => {
    const docs = fixture();
    expect(ids(groupStories([docs[3]!, docs[0]!]))).toEqual([['dA'], ['dD']]);
    expect(groupStories([])).toEqual([]);
  });
});
