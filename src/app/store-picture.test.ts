import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseInput } from '../ingest/parse-input.js';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.js';
import type { Store } from '../store/store.js';
import { ingestReports } from './ingest-reports.js';
import { computePicture, pictureFromStore } from './picture-from-store.js';
import { openStorePicture } from './store-picture.js';

const EXAMPLE = new URL('../../examples/aleppo-2016/', import.meta.url);
const example = () =>
  readdirSync(EXAMPLE)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => parseInput(`examples/aleppo-2016/${f}`, readFileSync(new URL(f, EXAMPLE))));
const text = (name: string, body: string) => parseInput(name, Buffer.from(body));
const HOMS =
  'Title: Shelling in Homs\nPublished: 2016-12-04\n\nGovernment forces shelled Homs on Sunday, killing at least 12 civilians, the Syrian Observatory for Human Rights said.\n';
const ALEPPO =
  'Title: Aleppo offensive\nOutlet: Wire\nPublished: 2016-12-02\n\nSyrian government forces advanced in east Aleppo on Friday, the Syrian Observatory for Human Rights said, as thousands of civilians fled the rebel-held districts.\n';

let store: Store;
afterEach(async () => {
  await store.close();
});

describe('openStorePicture', () => {
  it('holds the picture of the store, and keeps it as reports are added (no rebuild)', async () => {
    store = await openSqliteStore(':memory:');
    await ingestReports(store, example());
    const live = await openStorePicture(store);
    expect(live.picture()).toEqual(await computePicture(store));
    const changed: string[][] = [];
    const join = (items: Parameters<typeof live.add>[0]) => {
      changed.push(live.add(items));
    };
    const homs = await ingestReports(store, text('homs.txt', HOMS), undefined, join);
    const aleppo = await ingestReports(store, text('aleppo.txt', ALEPPO), undefined, join);
    expect([homs.picture, aleppo.picture]).toEqual([null, null]);
    const computed = await computePicture(store);
    expect(live.picture()).toEqual(computed);
    expect(live.storyIds).toEqual(computed.stories.map((s) => s.id));
    // each write reported the story its report joined
    expect(changed).toEqual([homs, aleppo].map((r) => live.storiesOf([r.reports[0]!.id])));
    const [one] = live.storiesOf([homs.reports[0]!.id]);
    expect(live.story(one!)!.documents.map((d) => d.title)).toContain('Shelling in Homs');
    expect(live.story(one!)!.stories).toEqual([computed.stories.find((s) => s.id === one)]);
  });

  it('leaves the stored picture behind, which pictureFromStore then computes afresh', async () => {
    store = await openSqliteStore(':memory:');
    await ingestReports(store, example());
    const stored = await store.getPicture();
    const live = await openStorePicture(store);
    await ingestReports(store, text('homs.txt', HOMS), undefined, (items) => live.add(items));
    expect(await store.getPicture()).toEqual(stored);
    const read = await pictureFromStore(store);
    expect(read.documents.length).toBe(3);
    expect(read).toEqual(live.picture());
  });
});
