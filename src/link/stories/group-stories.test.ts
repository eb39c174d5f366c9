import { describe, expect, it } from 'vitest';
import { segmentStage } from '../../analyse/segment/segment-stage.js';
import { AnalysisBuilder, makeReport } from '../../picture/fixtures/fixture-builder.js';
import { twoReportFixture } from '../../picture/fixtures/two-report-fixture.js';
import { emptyAnalysis } from '../../pipeline/empty-analysis.js';
import type { StoryDoc } from '../story-doc.js';
import { contentWords } from '../text/content-words.js';
import {
  CENTROID_WEIGHT,
  groupStories,
  STORY_THRESHOLD,
  SUBJECT_BONUS,
  TOPIC_THRESHOLD,
} from './group-stories.js';
import { reportSimilarity } from './report-similarity.js';
import { cosine, IDF_BACKGROUND, tfIdfVectors } from './tf-idf.js';

const fixture = (): StoryDoc[] => {
  const { reports, analyses } = twoReportFixture();
  return reports.map((report, i) => ({ report, analysis: analyses[i]! }));
};
const ids = (groups: StoryDoc[][]) => groups.map((g) => g.map((d) => d.report.id));

describe('story threshold', () => {
  // dA (early Aleppo report), dB (later Aleppo report), dD (floods in Recife): the threshold sits between.
  const docs = fixture().filter((d) => d.report.id !== 'dC');
  const vectors = tfIdfVectors(
    docs.map((d) => contentWords(`${d.report.title}\n${d.report.text}`)),
    IDF_BACKGROUND,
  );
  const features = docs.map((d, i) => ({
    vector: vectors[i]!,
    entityKeys: new Set(d.analysis.entities.filter((e) => !e.anaphoric).map((e) => e.key)),
    published: d.report.published,
  }));
  it.each([
    [0, 1, 0.5218, true],
    [0, 2, 0.0193, false],
    [1, 2, 0.0236, false],
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

describe('groupStories: topics', () => {
  // Two earthquakes in different places (two stories of one kind) and a football final. Text cosines: the two
  // quake stories meet at 0.195 / 0.057 / 0.119 / 0.136 across (average 0.127), within a story at 0.64 / 0.69.
  const docs = (
    [
      [
        'q1a',
        'A strong earthquake struck Aceh province in Indonesia, collapsing houses in Bener Meriah. Villagers sheltered in a mosque.',
      ],
      [
        'q1b',
        'Rescuers in Aceh searched collapsed houses after the earthquake shook Bener Meriah, Indonesia. Villagers sheltered in a mosque.',
      ],
      [
        'q2a',
        'An earthquake struck near the Geysers in Sonoma County, California, shaking houses in Cloverdale. Vineyards and wineries reported damage.',
      ],
      [
        'q2b',
        'Residents of Cloverdale felt the Geysers earthquake that shook Sonoma County, California. Vineyards and wineries reported damage.',
      ],
      ['f1', 'The football club won the league final with two late goals.'],
    ] as const
  ).map(([id, text]) => {
    const report = makeReport({ id, text });
    return { report, analysis: emptyAnalysis(report.id) };
  });

  it.each([
    ['stories', {}, [['f1'], ['q1a', 'q1b'], ['q2a', 'q2b']]],
    ['topics', { level: 'topic' }, [['f1'], ['q1a', 'q1b', 'q2a', 'q2b']]],
    // the stories' average link is 0.127; their signatures (place names untagged here) meet at 0.152
    [
      'topics at 0.14 without a signature',
      { level: 'topic', threshold: 0.14, signatureWeight: 0 },
      [['f1'], ['q1a', 'q1b'], ['q2a', 'q2b']],
    ],
    [
      'topics at 0.14 with the default signature (0.127 + 0.15 × 0.152 ≥ 0.14)',
      { level: 'topic', threshold: 0.14 },
      [['f1'], ['q1a', 'q1b', 'q2a', 'q2b']],
    ],
    [
      'topics at 0.155 with the default signature (0.150 < 0.155)',
      { level: 'topic', threshold: 0.155 },
      [['f1'], ['q1a', 'q1b'], ['q2a', 'q2b']],
    ],
    [
      'topics over single-report stories',
      { level: 'topic', storyThreshold: 0.7 },
      [['f1'], ['q1a', 'q1b', 'q2a', 'q2b']],
    ],
    [
      'stories at a story threshold of 0.7',
      { storyThreshold: 0.7 },
      [['f1'], ['q1a'], ['q1b'], ['q2a'], ['q2b']],
    ],
  ] as const)('%s', (_, options, expected) => {
    expect(ids(groupStories(docs, options))).toEqual(expected);
  });

  it('merges stories whose leads tell the same kind of event only with the family bonus', () => {
    // the quake reports with their real tokens and sentences, so their leads have families ("earthquake")
    const tagged = docs.map((d) => {
      const ctx = {
        documentId: d.report.id,
        text: d.report.text,
        referenceDate: null,
        referenceWindow: null,
      };
      return { ...d, analysis: { ...d.analysis, ...segmentStage.run({}, ctx) } };
    });
    const at = (familyBonus: number) =>
      ids(
        groupStories(tagged, {
          level: 'topic',
          threshold: 0.15,
          familyBonus,
          familyShare: 1,
          signatureWeight: 0,
        }),
      );
    expect(at(0)).toEqual([['f1'], ['q1a', 'q1b'], ['q2a', 'q2b']]);
    expect(at(0.2)).toEqual([['f1'], ['q1a', 'q1b', 'q2a', 'q2b']]);
  });

  // the quake reports with their places tagged as entities, so the stories' signatures leave them out
  const PLACES = [
    'Aceh',
    'Indonesia',
    'Bener Meriah',
    'Geysers',
    'Sonoma County',
    'California',
    'Cloverdale',
  ];
  const placed = docs.map(({ report }) => {
    const b = new AnalysisBuilder(report);
    for (const n of PLACES) if (report.text.includes(n)) b.entity(n, n.toLowerCase(), 'place');
    return { report, analysis: b.build() };
  });
  it.each([
    [
      'no signature: the quake stories stay apart at 0.15',
      placed,
      0,
      [['f1'], ['q1a', 'q1b'], ['q2a', 'q2b']],
    ],
    // signatures without the places meet at 0.261 (0.127 + 0.1 × 0.261 ≥ 0.15); the football final at 0
    ['signature 0.1: the two quakes are one topic', placed, 0.1, [['f1'], ['q1a', 'q1b', 'q2a', 'q2b']]],
    // negative: with no entities the place names stay in the signatures, which then meet at 0.152 only
    ['negative: names untagged, signature 0.1', docs, 0.1, [['f1'], ['q1a', 'q1b'], ['q2a', 'q2b']]],
  ] as const)('%s', (_, input, signatureWeight, expected) => {
    expect(ids(groupStories(input, { level: 'topic', threshold: 0.15, signatureWeight }))).toEqual(expected);
  });

  it('scores the two quake stories at the blend of their average link and centroid cosine', () => {
    const v = tfIdfVectors(
      docs.map((d) => contentWords(`${d.report.title ?? ''}\n${d.report.text}`)),
      IDF_BACKGROUND,
    );
    const c = (i: number, j: number) => cosine(v[i]!, v[j]!);
    const cross = c(0, 2) + c(0, 3) + c(1, 2) + c(1, 3);
    const centroids = cross / Math.sqrt((2 + 2 * c(0, 1)) * (2 + 2 * c(2, 3)));
    expect(cross / 4).toBeCloseTo(0.127, 3);
    expect(centroids).toBeCloseTo(0.152, 3);
    const score = (1 - CENTROID_WEIGHT) * (cross / 4) + CENTROID_WEIGHT * centroids;
    expect(score).toBeGreaterThanOrEqual(TOPIC_THRESHOLD);
    expect(score).toBeLessThan(0.15);
  });

  it('keeps every story whole inside one topic, with the topic threshold below stories', () => {
    expect(TOPIC_THRESHOLD).toBeLessThan(STORY_THRESHOLD);
    const stories = ids(groupStories(docs));
    const topics = ids(groupStories(docs, { level: 'topic' }));
    for (const s of stories) expect(topics.filter((t) => s.every((id) => t.includes(id)))).toHaveLength(1);
  });
});

describe('groupStories: topics that share a subject', () => {
  // Two reports about one company that share little else: text cosine 0.060, one entity key of seven each
  // (overlap 0.143), so their similarity is 0.6 * 0.060 + 0.4 * 0.143 = 0.093, below the topic threshold;
  // Acme opens both leads, so it is a subject of both and the bonus lifts them above it.
  const docs = (
    [
      [
        'a1',
        'Acme opened a factory in Ohio with Globex, Umbrella and Stark. Vance and Wayne cheered.',
        ['Acme', 'Ohio', 'Globex', 'Umbrella', 'Stark', 'Vance', 'Wayne'],
      ],
      [
        'a2',
        'Acme shares fell in London, said Initech, Hooli and Wonka. Tyrell and Cyberdyne gained.',
        ['Acme', 'London', 'Initech', 'Hooli', 'Wonka', 'Tyrell', 'Cyberdyne'],
      ],
      ['f1', 'The football club won the league final with two late goals.', []],
    ] as const
  ).map(([id, text, names]) => {
    const report = makeReport({ id, text });
    const b = new AnalysisBuilder(report);
    for (const n of names)
      b.entity(n, n.toLowerCase(), n === 'Ohio' || n === 'London' ? 'place' : 'organization');
    return { report, analysis: b.build() };
  });

  it.each([
    ['stories', {}, [['a1'], ['a2'], ['f1']]],
    ['topics', { level: 'topic' }, [['a1', 'a2'], ['f1']]],
    ['topics without the subject bonus', { level: 'topic', subjectBonus: 0 }, [['a1'], ['a2'], ['f1']]],
  ] as const)('%s', (_, options, expected) => {
    expect(ids(groupStories(docs, options))).toEqual(expected);
  });

  it('has the pair below the topic threshold alone and above it with the bonus', () => {
    // single reports: their centroids' cosine is their text cosine (0.060)
    const blend = (x: number) => (1 - CENTROID_WEIGHT) * x + CENTROID_WEIGHT * 0.06;
    expect(blend(0.093 + SUBJECT_BONUS)).toBeGreaterThanOrEqual(TOPIC_THRESHOLD);
    expect(blend(0.093)).toBeLessThan(TOPIC_THRESHOLD);
  });
});
