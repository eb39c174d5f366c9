/**
 * When a long-running writer (a queue worker) stores the picture again: rebuilding it after every batch costs
 * a whole-store pass per batch, so a stream of n reports would cost n²/batch; instead the picture is stored
 * when reports were added since it was last stored and at least `everyMs` have passed (0: after every batch
 * that added one). The clock is given, so the rule is tested without waiting.
 */
export interface PicturePacer {
  /** Reports were added to the store. */
  added(count: number): void;
  /** Whether the picture should be stored now. */
  due(): boolean;
  /** The picture was stored (covering every report added so far). */
  stored(): void;
}

export const picturePacer = (everyMs: number, now: () => number): PicturePacer => {
  let pending = 0;
  let last = now();
  return {
    added: (count) => {
      pending += count;
    },
    due: () => pending > 0 && now() - last >= everyMs,
    stored: () => {
      pending = 0;
      last = now();
    },
  };
};
