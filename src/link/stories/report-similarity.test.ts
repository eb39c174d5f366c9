import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../model/date.js';
import { dateProximity, entityOverlap, reportSimilarity } from './report-similarity.js';
import { tfIdfVectors } from './tf-idf.js';

const d = (s: string | null) => s as IsoDate | null;

describe('dateProximity', () => {
  it.each([
    ['2016-11-28', '2016-12-03', 1],
    ['2016-11-28', '2016-12-12', 1],
    ['2016-11-28', '2017-03-01', 0.5],
    ['2016-01-01', '2016-02-22', 0.75],
    [null, '2016-12-03', 1],
  ])('%s ~ %s', (a, b, expected) => {
    expect(dateProximity(d(a), d(b))).toBeCloseTo(expected, 10);
  });
});

describe('entityOverlap', () => {
  it.each([
    [['aleppo', 'sohr'], ['aleppo', 'sohr', 'un', 'assad'], 1],
    [['aleppo', 'sohr'], ['aleppo', 'recife'], 0.5],
    [['aleppo'], ['recife'], 0],
    [[], ['recife'], 0],
  ])('%j ~ %j', (a, b, expected) => {
    expect(entityOverlap(new Set(a), new Set(b))).toBe(expected);
  });
});

describe('reportSimilarity', () => {
  const [v1, v2] = tfIdfVectors([
    ['army', 'aleppo', 'seized'],
    ['army', 'aleppo', 'fled'],
  ]);
  const f = (keys: string[], published: string | null) => ({
    entityKeys: new Set(keys),
    published: d(published),
  });
  it.each([
    // cosine alone (2 / 3.975 ≈ 0.503), shared entities raise it, distance in time lowers it
    [[], [], '2016-11-28', '2016-12-03', 0.5031],
    [['aleppo'], ['aleppo'], '2016-11-28', '2016-12-03', 0.7019],
    [['aleppo'], ['recife'], '2016-11-28', '2016-12-03', 0.5031],
    [['aleppo'], ['aleppo'], '2016-11-28', '2017-06-01', 0.3509],
  ])('%j %j %s %s', (ka, kb, pa, pb, expected) => {
    expect(reportSimilarity({ vector: v1!, ...f(ka, pa) }, { vector: v2!, ...f(kb, pb) })).toBeCloseTo(
      expected,
      4,
    );
  });
});
