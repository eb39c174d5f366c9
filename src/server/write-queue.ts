/**
 * Runs writes one at a time, in arrival order: analysis, store and picture rebuild of one POST never
 * interleave with another's. `idle()` resolves once every queued write has finished (graceful shutdown).
 */
export interface WriteQueue {
  run<T>(write: () => Promise<T>): Promise<T>;
  idle(): Promise<void>;
  readonly pending: number;
}

export const createWriteQueue = (): WriteQueue => {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return {
    run: <T>(write: () => Promise<T>): Promise<T> => {
      pending++;
      const result = tail.then(write).finally(() => {
        pending--;
      });
      tail = result.catch(() => undefined);
      return result;
    },
    idle: async () => {
      await tail;
    },
    get pending() {
      return pending;
    },
  };
};
