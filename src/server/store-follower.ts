import type { DocumentId } from '../model/ids.js';
import type { StoreItem } from '../store/store.js';
import type { ServerContext } from './server-context.js';

/**
 * How far back (in insertion positions) each look re-reads the store's ids: PostgreSQL hands out positions when
 * a row is inserted but shows it when its transaction commits, so a slow writer's reports can appear below
 * positions already seen. Reports more than this many positions below the newest seen are assumed settled.
 */
export const FOLLOW_WINDOW = 5000;

export interface StoreFollower {
  /** Reads what other processes stored since the last look, joins it to the live picture; returns its ids. */
  poll(): Promise<readonly DocumentId[]>;
  /** Stops the timer; a look in flight finishes. */
  close(): Promise<void>;
}

/**
 * Follows the store for reports that other processes (`sitrep worker`, `sitrep ingest` on the same database)
 * stored: every `intervalMs` (none when null: poll() by hand) it lists the ids stored since the last look and
 * adds the ones the live picture lacks, inside the write queue (so they never interleave with a POST), then
 * schedules the picture's storing and tells the event stream, as a POST does.
 */
export const followStore = (
  ctx: Pick<ServerContext, 'store' | 'state' | 'queue' | 'persist' | 'hub'>,
  intervalMs: number | null,
  onError: (error: unknown) => void,
): StoreFollower => {
  const { store, state, queue, persist, hub } = ctx;
  const known = new Set<string>(state.documents.map((d) => d.id));
  let newest = 0;
  let running: Promise<readonly DocumentId[]> | null = null;

  const look = async (): Promise<readonly DocumentId[]> => {
    const ids = await store.reportIdsAfter(Math.max(0, newest - FOLLOW_WINDOW));
    for (const r of ids) newest = Math.max(newest, r.seq);
    if (!ids.some((r) => !known.has(r.id))) return [];
    return queue.run(async () => {
      // The server's own POSTs joined the picture meanwhile: what it holds now is what counts.
      for (const d of state.documents) known.add(d.id);
      const items: StoreItem[] = [];
      for (const { id } of ids) {
        if (known.has(id)) continue;
        const [report, analysis] = await Promise.all([store.getReport(id), store.getAnalysis(id)]);
        if (report === null || analysis === null) continue;
        items.push({ report, analysis });
        known.add(id);
      }
      if (items.length === 0) return [];
      const added = items.map((i) => i.report.id);
      state.add(items);
      persist.schedule();
      hub.publish({ version: state.version, stories: state.storiesOf(added), reports: added });
      return added;
    });
  };

  const poll = (): Promise<readonly DocumentId[]> => {
    running ??= look().finally(() => {
      running = null;
    });
    return running;
  };

  const timer =
    intervalMs === null
      ? null
      : setInterval(() => {
          poll().catch(onError);
        }, intervalMs);
  timer?.unref();

  return {
    poll,
    close: async () => {
      if (timer !== null) clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
};
