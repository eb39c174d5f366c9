import { afterAll, describe, expect, it } from 'vitest';
import { isSitrepError } from '../../errors/sitrep-error.js';
import type { Store } from '../store.js';
import { runStoreContract } from '../store-contract.test-suite.js';
import { fixtureItem, fixturePicture, fixtureReport, fixtureText } from '../store-fixtures.js';
import { openPostgresStore } from './open-postgres-store.js';
import { dropSchemas, testDatabaseUrl, testSchemaName } from './postgres-test-db.js';

const schemas: string[] = [];
afterAll(() => dropSchemas(schemas));
const freshSchema = (): string => {
  const schema = testSchemaName();
  schemas.push(schema);
  return schema;
};

let lastUrl = '';
runStoreContract(
  'postgres',
  () => {
    lastUrl = testDatabaseUrl(freshSchema());
    return openPostgresStore(lastUrl);
  },
  { reopen: () => openPostgresStore(lastUrl) },
);

describe('postgres store: concurrent writers (two pools)', () => {
  const twoStores = async (): Promise<[Store, Store]> => {
    const url = testDatabaseUrl(freshSchema());
    const a = await openPostgresStore(url);
    return [a, await openPostgresStore(url)];
  };

  it('settles a race on the same report on one row', async () => {
    const [a, b] = await twoStores();
    for (let n = 100; n < 140; n++) {
      const results = await Promise.all([a.addReports([fixtureItem(n)]), b.addReports([fixtureItem(n)])]);
      expect(
        results
          .flat()
          .map((r) => r.status)
          .sort(),
      ).toEqual(['added', 'exists']);
      expect(new Set(results.flat().map((r) => r.id))).toEqual(new Set([fixtureReport(n).id]));
    }
    expect(await b.listReports()).toHaveLength(40);
    expect(await a.fingerprints()).toHaveLength(40);
    await Promise.all([a.close(), b.close()]);
  });

  it('adds overlapping batches in opposite orders without losing or doubling a report', async () => {
    const [a, b] = await twoStores();
    const items = [60, 61, 62, 63, 64, 65].map((n) => fixtureItem(n));
    const results = await Promise.all([a.addReports(items), b.addReports([...items].reverse())]);
    expect(results.flat().filter((r) => r.status === 'added')).toHaveLength(items.length);
    expect((await a.listReports()).map((r) => r.id).sort()).toEqual(items.map((i) => i.report.id).sort());
    expect(await b.listAnalyses()).toHaveLength(items.length);
    await Promise.all([a.close(), b.close()]);
  });

  it('keeps one picture row: putPicture replaces, the last writer wins', async () => {
    const [a, b] = await twoStores();
    await Promise.all([a.putPicture(fixturePicture('1', [])), b.putPicture(fixturePicture('2', []))]);
    await a.putPicture(fixturePicture('3', []));
    expect((await b.getPicture())?.sitrep).toBe('3');
    await Promise.all([a.close(), b.close()]);
  });
});

describe('postgres store: what PostgreSQL text cannot hold', () => {
  it('refuses a report whose text holds U+0000 with one clear line, adding nothing', async () => {
    const store = await openPostgresStore(testDatabaseUrl(freshSchema()));
    const item = fixtureItem(70, { text: `${fixtureText(70)}\u0000` });
    const error = await store.addReports([fixtureItem(71), item]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isSitrepError(error, 'SITREP_STORE_WRITE') && error.message).toBe(
      `store write failed, nothing was changed: text of report ${item.report.id} holds U+0000, which PostgreSQL text cannot`,
    );
    expect(await store.listReports()).toEqual([]);
    await store.close();
  });
});
