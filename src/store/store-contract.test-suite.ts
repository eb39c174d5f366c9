import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSitrepError } from '../errors/sitrep-error.js';
import { documentId } from '../model/ids.js';
import type { Analysis } from '../model/layers.js';
import type { Report } from '../model/report.js';
import type { Store, StoreItem } from './store.js';
import { fixtureAnalysis, fixtureItem, fixturePicture, fixtureReport } from './store-fixtures.js';

export interface StoreContractOptions {
  /** Opens the store that the latest `open` created, again (for persistence tests); omit if it cannot. */
  readonly reopen?: () => Promise<Store>;
}

const rejectsWith = async (p: Promise<unknown>, code: string): Promise<void> => {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isSitrepError(error) ? error.code : error).toBe(code);
};

/**
 * The behaviour every Store must have, run against each implementation (after hono's
 * src/router/common.case.test.ts). `open` must give a fresh, empty store each time.
 */
export const runStoreContract = (
  name: string,
  open: () => Promise<Store>,
  options: StoreContractOptions = {},
): void => {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('starts empty: absence is null or []', async () => {
      expect(await store.schemaVersion()).toBeGreaterThanOrEqual(1);
      expect(await store.listReports()).toEqual([]);
      expect(await store.listAnalyses()).toEqual([]);
      expect(await store.fingerprints()).toEqual([]);
      expect(await store.reportIdsAfter(0)).toEqual([]);
      expect(await store.getPicture()).toBeNull();
    });

    it.each([0, 1, 2, 3])('round-trips report and analysis %i exactly', async (n) => {
      const item = fixtureItem(n);
      expect(await store.addReports([item])).toEqual([{ id: item.report.id, status: 'added' }]);
      expect(await store.getReport(item.report.id)).toStrictEqual(item.report);
      expect(await store.getAnalysis(item.report.id)).toStrictEqual(item.analysis);
    });

    it('round-trips a report with an empty analysis and no metadata', async () => {
      const report = fixtureReport(7, { text: '\u{1F30D} "q" \\ \r\n\t\u2028', title: '', url: null });
      const analysis: Analysis = {
        ...{ documentId: report.id, producers: [], sentences: [], tokens: [], entities: [], places: [] },
        ...{ times: [], figures: [], attributions: [], events: [] },
      };
      await store.addReports([{ report, analysis }]);
      expect(await store.getReport(report.id)).toStrictEqual(report);
      expect(await store.getAnalysis(report.id)).toStrictEqual(analysis);
    });

    it.each([
      ['unknown', 'dffffff'],
      ['empty', ''],
    ])('getReport and getAnalysis of an %s id are null', async (_, id) => {
      await store.addReports([fixtureItem(1)]);
      expect(await store.getReport(documentId(id))).toBeNull();
      expect(await store.getAnalysis(documentId(id))).toBeNull();
    });

    it('lists in insertion order across batches, analyses in the same order', async () => {
      const items = [fixtureItem(30), fixtureItem(10), fixtureItem(20)];
      await store.addReports(items.slice(0, 2));
      await store.addReports(items.slice(2));
      expect(await store.listReports()).toStrictEqual(items.map((i) => i.report));
      expect(await store.listAnalyses()).toStrictEqual(items.map((i) => i.analysis));
    });

    it('is idempotent by contentHash, across calls and inside one batch', async () => {
      const item = fixtureItem(4);
      const sameText = fixtureItem(5, { text: item.report.text, contentHash: item.report.contentHash });
      await store.addReports([item]);
      expect(await store.addReports([item, fixtureItem(6), fixtureItem(6), sameText])).toEqual([
        { id: item.report.id, status: 'exists' },
        { id: fixtureReport(6).id, status: 'added' },
        { id: fixtureReport(6).id, status: 'exists' },
        { id: item.report.id, status: 'exists' },
      ]);
      expect((await store.listReports()).map((r) => r.id)).toEqual([item.report.id, fixtureReport(6).id]);
      expect(await store.getReport(sameText.report.id)).toBeNull();
    });

    const badSecondItems: readonly [string, () => StoreItem][] = [
      ['a layer value JSON cannot hold', () => withConfidence(fixtureItem(9), Number.NaN)],
      ['an id already stored with other text', () => withHash(fixtureItem(1), 'other')],
      ['an analysis of another report', () => ({ ...fixtureItem(9), analysis: fixtureItem(8).analysis })],
      ['duplicateOf naming no stored report', () => fixtureItem(9, { duplicateOf: documentId('dnone') })],
    ];
    it.each(badSecondItems)('a batch whose second item has %s adds nothing', async (_, bad) => {
      await store.addReports([fixtureItem(1)]);
      const before = [await store.listReports(), await store.listAnalyses(), await store.fingerprints()];
      await rejectsWith(store.addReports([fixtureItem(2), bad(), fixtureItem(3)]), 'SITREP_STORE_WRITE');
      expect([await store.listReports(), await store.listAnalyses(), await store.fingerprints()]).toEqual(
        before,
      );
      expect(await store.getReport(fixtureReport(2).id)).toBeNull();
      expect(await store.addReports([fixtureItem(2)])).toEqual([
        { id: fixtureReport(2).id, status: 'added' },
      ]);
    });

    it('keeps duplicateOf, also to a report earlier in the same batch', async () => {
      const original = fixtureItem(11);
      const copy = fixtureItem(12, { duplicateOf: original.report.id });
      const later = fixtureItem(13, { duplicateOf: original.report.id });
      await store.addReports([original, copy]);
      await store.addReports([later]);
      expect((await store.listReports()).map((r) => r.duplicateOf)).toEqual([
        null,
        original.report.id,
        original.report.id,
      ]);
    });

    it('gives the ids stored after a position, in insertion order, duplicates of a hash not counted', async () => {
      const items = [fixtureItem(40), fixtureItem(42), fixtureItem(41)];
      await store.addReports(items.slice(0, 2));
      const first = await store.reportIdsAfter(0);
      expect(first.map((r) => r.id)).toEqual([items[0]!.report.id, items[1]!.report.id]);
      expect(first[0]!.seq).toBeLessThan(first[1]!.seq);
      await store.addReports([items[0]!, items[2]!]);
      expect(await store.reportIdsAfter(first[1]!.seq)).toEqual([
        { seq: expect.any(Number), id: items[2]!.report.id },
      ]);
      const all = await store.reportIdsAfter(0);
      expect(all.map((r) => r.id)).toEqual(items.map((i) => i.report.id));
      expect(await store.reportIdsAfter(all[2]!.seq)).toEqual([]);
      expect(await store.reportIdsAfter(-1)).toEqual(all);
    });

    it('gives fingerprints in insertion order', async () => {
      const reports: Report[] = [fixtureReport(15), fixtureReport(14)];
      await store.addReports(reports.map((report) => ({ report, analysis: fixtureAnalysis(report) })));
      const seqs = (await store.reportIdsAfter(0)).map((r) => r.seq);
      expect(await store.fingerprints()).toStrictEqual(
        reports.map(({ id, contentHash, signature }, i) => ({ seq: seqs[i], id, contentHash, signature })),
      );
    });

    it('replaces analyses of stored reports, leaving reports, order and the others as they were', async () => {
      const items = [fixtureItem(50), fixtureItem(51), fixtureItem(52)];
      await store.addReports(items);
      const reports = await store.listReports();
      const newer = [items[2]!, items[0]!].map((i) => ({
        ...i.analysis,
        producers: ['analyse.x@2' as const],
        events: [],
      }));
      await store.replaceAnalyses(newer);
      expect(await store.listReports()).toStrictEqual(reports);
      expect(await store.listAnalyses()).toStrictEqual([newer[1], items[1]!.analysis, newer[0]]);
      expect(await store.getAnalysis(items[2]!.report.id)).toStrictEqual(newer[0]);
      await store.replaceAnalyses([]);
      expect(await store.getAnalysis(items[0]!.report.id)).toStrictEqual(newer[1]);
    });

    it('replaces no analysis when one of them has no stored report', async () => {
      const items = [fixtureItem(53), fixtureItem(54)];
      await store.addReports(items);
      const newer = { ...items[0]!.analysis, producers: ['analyse.x@2' as const] };
      const orphan = fixtureAnalysis(fixtureReport(55));
      await rejectsWith(store.replaceAnalyses([newer, orphan]), 'SITREP_STORE_WRITE');
      expect(await store.listAnalyses()).toStrictEqual(items.map((i) => i.analysis));
      expect(await store.getAnalysis(orphan.documentId)).toBeNull();
      await rejectsWith(
        store.replaceAnalyses([withConfidence(items[1]!, Number.NaN).analysis]),
        'SITREP_STORE_WRITE',
      );
      expect(await store.getAnalysis(items[1]!.report.id)).toStrictEqual(items[1]!.analysis);
    });

    it('puts, gets and replaces the picture; a bad picture leaves the old one', async () => {
      const first = fixturePicture('0.1.0', [documentId('da'), documentId('db')]);
      const second = fixturePicture('0.2.0', [documentId('dc')]);
      await store.putPicture(first);
      expect(await store.getPicture()).toStrictEqual(first);
      await store.putPicture(second);
      expect(await store.getPicture()).toStrictEqual(second);
      const bad = {
        ...second,
        documents: [{ ...second.documents[0]!, title: undefined as unknown as null }],
      };
      await rejectsWith(store.putPicture(bad), 'SITREP_STORE_WRITE');
      expect(await store.getPicture()).toStrictEqual(second);
    });

    it.skipIf(options.reopen === undefined)('keeps everything across close and reopen', async () => {
      const items = [fixtureItem(21), fixtureItem(22, { duplicateOf: fixtureReport(21).id })];
      const picture = fixturePicture('0.1.0', [items[0]!.report.id]);
      await store.addReports(items);
      await store.putPicture(picture);
      await store.close();
      store = await options.reopen!();
      expect(await store.listReports()).toStrictEqual(items.map((i) => i.report));
      expect(await store.listAnalyses()).toStrictEqual(items.map((i) => i.analysis));
      expect(await store.getPicture()).toStrictEqual(picture);
      expect(await store.addReports([items[0]!])).toEqual([{ id: items[0]!.report.id, status: 'exists' }]);
    });
  });
};

const withConfidence = (item: StoreItem, confidence: number): StoreItem => ({
  ...item,
  analysis: {
    ...item.analysis,
    events: item.analysis.events.map((e) => ({ ...e, evidence: { ...e.evidence, confidence } })),
  },
});

const withHash = (item: StoreItem, contentHash: string): StoreItem => ({
  ...item,
  report: { ...item.report, contentHash },
});
