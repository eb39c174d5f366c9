import { describe, expect, it } from 'vitest';
import { parseInput } from '../ingest/parse-input.js';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.js';
import type { Store } from '../store/store.js';
import { ingestReports } from './ingest-reports.js';

const TEXT =
  'Government forces shelled the town of Saraqib on Monday, killing at least 12 civilians, activists said. ' +
  'The Syrian Observatory for Human Rights said the shelling hit a market and a school in the town centre. ' +
  'Rebels said they had repelled an attack on the northern edge of the town late on Sunday night.\n';
const COPY = `SARAQIB, Syria (AFP) - ${TEXT.replace('late on Sunday night', 'late on Sunday')}`;
const OTHER =
  'Russia and Turkey agreed on a truce in Idlib province on Thursday, officials in Moscow said.\n';
const input = (name: string, text: string) => parseInput(name, Buffer.from(text));

/** The store as a writer sees it when another writer stores `original` while this one analyses. */
const racing = (store: Store, original: () => Promise<unknown>): Store => ({
  ...store,
  fingerprints: async () => {
    const seen = await store.fingerprints();
    await original();
    return seen;
  },
});

describe('ingestReports', () => {
  it('links a copy to its original stored by another writer while this one analysed', async () => {
    const store = await openSqliteStore(':memory:');
    const other = await ingestReports(store, input('a.txt', OTHER), undefined, () => undefined);
    let originalId = '';
    const race = racing(store, async () => {
      const r = await ingestReports(store, input('wire.txt', TEXT), undefined, () => undefined);
      originalId = r.reports[0]!.id;
    });
    const outcome = await ingestReports(race, input('copy.txt', COPY), undefined, () => undefined);
    expect(outcome.reports.map((r) => [r.status, r.duplicateOf])).toEqual([['added', originalId]]);
    expect((await store.getReport(outcome.reports[0]!.id))?.duplicateOf).toBe(originalId);
    expect(other.reports[0]!.duplicateOf).toBeNull();
    await store.close();
  });

  it('negative: a report unlike what was stored meanwhile stays an original', async () => {
    const store = await openSqliteStore(':memory:');
    const race = racing(store, () => ingestReports(store, input('a.txt', OTHER), undefined, () => undefined));
    const outcome = await ingestReports(race, input('wire.txt', TEXT), undefined, () => undefined);
    expect(outcome.reports.map((r) => [r.status, r.duplicateOf])).toEqual([['added', null]]);
    await store.close();
  });
});
