import { describe, expect, it } from 'vitest';
import { analyseReport } from '../analyse/analyse-report.js';
import { identifyReports } from '../ingest/identify-reports.js';
import { parseInput } from '../ingest/parse-input.js';
import { emptyAnalysis } from '../pipeline/empty-analysis.js';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.js';
import { currentAnalysis, isCurrentAnalysis } from './current-analysis.js';
import { computePicture, pictureFromStore } from './picture-from-store.js';
import { openStorePicture } from './store-picture.js';

const TEXT = 'Government forces shelled Saraqib on Monday, killing at least 12 civilians, activists said.\n';
const report = identifyReports(parseInput('a.txt', Buffer.from(TEXT)), []).reports[0]!;
const fresh = analyseReport(report);
/** What an older sitrep stored: other stage versions, none of today's annotations. */
const old = { ...emptyAnalysis(report.id), producers: ['analyse.segment@1', 'analyse.figures@1'] } as never;

describe('currentAnalysis', () => {
  it.each([
    ['an analysis by the current stages is kept', fresh, true],
    ['negative: one by older stage versions', old, false],
    ['negative: one with no stages at all', emptyAnalysis(report.id), false],
  ])('%s', (_, analysis, current) => {
    expect(isCurrentAnalysis(analysis)).toBe(current);
    const got = currentAnalysis(report, analysis);
    expect(got === analysis).toBe(current);
    expect(got).toEqual(fresh);
  });

  it('analyses a report whose analysis is missing', () => {
    expect(currentAnalysis(report, undefined)).toEqual(fresh);
  });

  it('the picture of a store written by an older sitrep shows what today’s stages find', async () => {
    const store = await openSqliteStore(':memory:');
    await store.addReports([{ report, analysis: old }]);
    const figures = (p: {
      stories: readonly { figures: readonly { value: number | null; low: number | null }[] }[];
    }) => p.stories.flatMap((s) => s.figures.map((f) => f.value ?? f.low));
    expect(figures(await computePicture(store))).toEqual([12]);
    const live = await openStorePicture(store);
    expect(figures(live.picture())).toEqual([12]);
    expect(await store.getAnalysis(report.id)).toEqual(old);
    await store.close();
  });

  it('a stored picture built from older analyses is not served as current', async () => {
    const store = await openSqliteStore(':memory:');
    await store.addReports([{ report, analysis: old }]);
    const stale = { ...(await computePicture(store)), stories: [] };
    await store.putPicture(stale);
    expect((await pictureFromStore(store)).stories).toHaveLength(1);
    await store.close();
  });

  it('negative: a stored picture of current analyses is served as stored', async () => {
    const store = await openSqliteStore(':memory:');
    await store.addReports([{ report, analysis: fresh }]);
    const kept = { ...(await computePicture(store)), stories: [] };
    await store.putPicture(kept);
    expect(await pictureFromStore(store)).toEqual(kept);
    await store.close();
  });
});
