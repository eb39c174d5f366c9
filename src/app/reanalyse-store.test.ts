import { describe, expect, it } from 'vitest';
import { analyseReport } from '../analyse/analyse-report.js';
import { identifyReports } from '../ingest/identify-reports.js';
import { parseInput } from '../ingest/parse-input.js';
import type { Analysis } from '../model/layers.js';
import type { Report } from '../model/report.js';
import { emptyAnalysis } from '../pipeline/empty-analysis.js';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.js';
import type { Store } from '../store/store.js';
import { computePicture } from './picture-from-store.js';
import { REANALYSE_BATCH, reanalyseStore } from './reanalyse-store.js';

const TEXTS = [
  'Government forces shelled Saraqib on Monday, killing at least 12 civilians, activists said.\n',
  'Rebels said on Tuesday they had retaken the village of Kafr Nabl after heavy fighting.\n',
  'The United Nations said more than 3,000 people fled Idlib province this week.\n',
];
const reports: readonly Report[] = identifyReports(
  TEXTS.flatMap((t, i) => parseInput(`r${i}.txt`, Buffer.from(t))),
  [],
).reports;
/** What an older sitrep stored: other stage versions, none of today's annotations. */
const old = (r: Report): Analysis =>
  ({ ...emptyAnalysis(r.id), producers: ['analyse.segment@1', 'analyse.figures@1'] }) as never;

const storeWith = async (analyses: readonly Analysis[]): Promise<Store> => {
  const store = await openSqliteStore(':memory:');
  await store.addReports(reports.map((report, i) => ({ report, analysis: analyses[i]! })));
  return store;
};

/** A store that counts the analyses written back, per call. */
const counting = (store: Store, calls: number[]): Store => ({
  ...store,
  replaceAnalyses: (as) => {
    calls.push(as.length);
    return store.replaceAnalyses(as);
  },
});

describe('reanalyseStore', () => {
  it('replaces only stale analyses, in store order, and stores the rebuilt picture', async () => {
    const fresh = reports.map((r) => analyseReport(r));
    const store = await storeWith([old(reports[0]!), fresh[1]!, old(reports[2]!)]);
    const calls: number[] = [];
    const summary = await reanalyseStore(counting(store, calls));
    expect(summary).toEqual({ reanalysed: [reports[0]!.id, reports[2]!.id], current: 1 });
    expect(calls).toEqual([2]);
    expect(await store.listAnalyses()).toEqual(fresh);
    expect(await store.getPicture()).toEqual(await computePicture(store));
    await store.close();
  });

  it('negative: writes nothing when every analysis is current, unless asked for all', async () => {
    const store = await storeWith(reports.map((r) => analyseReport(r)));
    const calls: number[] = [];
    expect(await reanalyseStore(counting(store, calls))).toEqual({ reanalysed: [], current: 3 });
    expect(calls).toEqual([]);
    expect(await store.getPicture()).toBeNull();
    const all = await reanalyseStore(counting(store, calls), { all: true });
    expect(all).toEqual({ reanalysed: reports.map((r) => r.id), current: 0 });
    expect(calls).toEqual([3]);
    await store.close();
  });

  it.each([
    [REANALYSE_BATCH, [[3, 3]], [3]],
    [
      2,
      [
        [2, 3],
        [3, 3],
      ],
      [2, 1],
    ],
  ])('writes back per batch of %i, reporting progress after each', async (batch, progress, calls) => {
    const store = await storeWith(reports.map(old));
    const seen: [number, number][] = [];
    const written: number[] = [];
    await reanalyseStore(counting(store, written), { batch, onProgress: (d, t) => seen.push([d, t]) });
    expect([seen, written]).toEqual([progress, calls]);
    await store.close();
  });

  it('keeps the batches already written when a later one fails; a rerun does the rest', async () => {
    const store = await storeWith(reports.map(old));
    let call = 0;
    const failing: Store = {
      ...store,
      replaceAnalyses: async (as) => {
        if (call++ > 0) throw new Error('disk full');
        return store.replaceAnalyses(as);
      },
    };
    await expect(reanalyseStore(failing, { batch: 1 })).rejects.toThrow('disk full');
    const fresh = reports.map((r) => analyseReport(r));
    expect(await store.listAnalyses()).toEqual([fresh[0], old(reports[1]!), old(reports[2]!)]);
    expect(await store.getPicture()).toBeNull();
    expect((await reanalyseStore(store)).reanalysed).toEqual([reports[1]!.id, reports[2]!.id]);
    expect(await store.listAnalyses()).toEqual(fresh);
    await store.close();
  });
});
