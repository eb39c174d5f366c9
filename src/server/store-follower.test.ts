import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestReports } from '../app/ingest-reports.js';
import { openStorePicture } from '../app/store-picture.js';
import { parseInput } from '../ingest/parse-input.js';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.js';
import type { Store } from '../store/store.js';
import type { StoriesUpdated } from './event-hub.js';
import { createPictureState, type PictureState } from './picture-state.js';
import { followStore, type StoreFollower } from './store-follower.js';
import { exampleInputs } from './test-server.js';
import { createWriteQueue } from './write-queue.js';

const OTHER = 'Rebels shelled the town of Saraqib on Monday, killing three people, activists said.\n';
const THIRD = 'Government forces bombed the town of Maarat al-Numan on Tuesday, the monitor said.\n';

describe('followStore', () => {
  let store: Store;
  let state: PictureState;
  let follower: StoreFollower;
  let published: StoriesUpdated[];
  let persisted: number;

  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
    await ingestReports(store, exampleInputs());
    state = createPictureState(await openStorePicture(store));
    published = [];
    persisted = 0;
    const hub = { publish: (e: StoriesUpdated) => published.push(e) };
    const persist = { schedule: () => persisted++ };
    follower = followStore(
      { store, state, queue: createWriteQueue(), hub: hub as never, persist: persist as never },
      null,
      () => undefined,
    );
  });
  afterEach(async () => {
    await follower.close();
    await store.close();
  });

  /** Another process stores a report: straight into the store, not through the live picture. */
  const storeElsewhere = async (name: string, text: string) => {
    const outcome = await ingestReports(
      store,
      parseInput(name, Buffer.from(text)),
      undefined,
      () => undefined,
    );
    return outcome.reports[0]!.id;
  };

  it('negative: finds nothing when nothing new was stored', async () => {
    expect(await follower.poll()).toEqual([]);
    expect([published, persisted, state.version]).toEqual([[], 0, 1]);
  });

  it('joins a report another process stored, once, and tells the event stream', async () => {
    const before = state.documents.length;
    const id = await storeElsewhere('worker/1.txt', OTHER);
    expect(await follower.poll()).toEqual([id]);
    expect(state.documents.map((d) => d.id)).toContain(id);
    expect(state.documents).toHaveLength(before + 1);
    expect(published).toEqual([{ version: 2, stories: state.storiesOf([id]), reports: [id] }]);
    expect(persisted).toBe(1);
    expect(await follower.poll()).toEqual([]);
    expect(published).toHaveLength(1);
  });

  it('joins several in the order they were stored', async () => {
    const a = await storeElsewhere('worker/1.txt', OTHER);
    const b = await storeElsewhere('worker/2.txt', THIRD);
    expect(await follower.poll()).toEqual([a, b]);
  });

  it('negative: skips reports the server itself already joined (its own POSTs)', async () => {
    const outcome = await ingestReports(
      store,
      parseInput('api/1.txt', Buffer.from(OTHER)),
      undefined,
      (items) => {
        state.add(items);
      },
    );
    expect(outcome.reports[0]!.status).toBe('added');
    expect(await follower.poll()).toEqual([]);
    expect(published).toEqual([]);
  });

  it('runs one look at a time: concurrent polls share it', async () => {
    const id = await storeElsewhere('worker/1.txt', OTHER);
    const [x, y] = await Promise.all([follower.poll(), follower.poll()]);
    expect([x, y]).toEqual([[id], [id]]);
    expect(published).toHaveLength(1);
  });
});
