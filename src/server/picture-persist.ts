import type { Store } from '../store/store.js';
import type { PictureState } from './picture-state.js';
import type { WriteQueue } from './write-queue.js';

/** How long writes must pause before the live picture is stored. */
export const PERSIST_DELAY_MS = 2000;

/** Stores the live picture in the background once writes pause, and when the server closes. */
export interface PicturePersist {
  /** A write changed the picture: store it once writes pause. */
  schedule(): void;
  /** Stores a changed picture now (after the writes in flight); later writes are no longer stored. */
  close(): Promise<void>;
}

/**
 * The stored picture is what `sitrep report` and `sitrep stories` read from the same store. Storing it costs
 * every story's briefing and the whole picture's JSON, so it is not done per write but through the write queue
 * once writes pause for `delayMs`; a store read in between falls back to computing (pictureFromStore checks
 * that the stored picture holds every stored report).
 */
export const createPicturePersist = (
  store: Store,
  state: PictureState,
  queue: WriteQueue,
  onError: (e: unknown) => void,
  delayMs = PERSIST_DELAY_MS,
): PicturePersist => {
  let timer: NodeJS.Timeout | null = null;
  let dirty = false;
  let closed = false;
  const write = (): Promise<void> =>
    queue.run(async () => {
      if (!dirty) return;
      dirty = false;
      await store.putPicture(state.picture());
    });
  return {
    schedule: () => {
      if (closed) return;
      dirty = true;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        write().catch(onError);
      }, delayMs);
      timer.unref();
    },
    close: async () => {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await write();
    },
  };
};
