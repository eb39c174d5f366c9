import type { ErrorCode } from '../errors/error-codes.js';
import { asSitrepError, isSitrepError } from '../errors/sitrep-error.js';
import type { Delivery, WorkQueue } from './queue.js';

export interface WorkerOptions {
  /** Messages taken per fetch and handled together (default 16). */
  readonly batch?: number;
  /** How long one fetch waits for work (default 5000 ms). */
  readonly waitMs?: number;
  /** Stop as soon as a fetch comes back empty, instead of waiting for more (default false). */
  readonly drain?: boolean;
  /** A failed message is retried after this many ms times its deliveries so far (default 1000). */
  readonly retryDelayMs?: number;
  /** How often messages being handled are reported in progress, so the ack wait does not run out. */
  readonly heartbeatMs?: number;
  /** Stops the loop after the batch in hand. */
  readonly signal?: AbortSignal;
  /** Called when the queue runs dry after some work was done (and when stopping with work done). */
  readonly onIdle?: () => Promise<void>;
  readonly onDeadLetter?: (key: string, reason: string) => void;
}

export interface WorkerStats {
  /** Messages handled and acked. */
  readonly processed: number;
  readonly deadLettered: number;
  /** Failures that were nakked for another try. */
  readonly retried: number;
}

/**
 * Failures no message is to blame for: the store or the queue is gone, or this worker cannot analyse at all
 * (a model that does not load, a broken stage order). The worker stops instead of dead-lettering good work.
 */
const WORKER_FAULTS: readonly ErrorCode[] = [
  'SITREP_STORE_UNREACHABLE',
  'SITREP_QUEUE_UNREACHABLE',
  'SITREP_MODEL_LOAD',
  'SITREP_STAGE_ORDER',
  'SITREP_STAGE_DUPLICATE',
];
const isWorkerFault = (e: unknown): boolean => WORKER_FAULTS.some((code) => isSitrepError(e, code));

interface Work<T> {
  readonly delivery: Delivery;
  readonly item: T;
}

/**
 * Pulls batches from the queue and hands them to `handle` until stopped (or, with `drain`, until the queue
 * is empty); acks what was handled. A message that cannot be decoded is dead-lettered at once. When a batch
 * fails, its messages are handled one by one, so that one bad message does not hold back the others; a
 * failing message is nakked with a growing delay and dead-lettered on its `queue.maxDeliver`-th failure.
 * A message delivered more often than that (its worker crashed every time) is dead-lettered untried.
 * `handle` must be idempotent: a message is redelivered if its worker dies before the ack.
 * An outage of the store or the queue, or a worker that cannot analyse (its model does not load), stops the
 * loop with that error, the batch nakked for other workers.
 */
export const runWorker = async <T>(
  queue: WorkQueue,
  decode: (key: string, body: Uint8Array) => T,
  handle: (items: readonly T[]) => Promise<void>,
  options: WorkerOptions = {},
): Promise<WorkerStats> => {
  const { batch = 16, waitMs = 5000, drain = false, retryDelayMs = 1000, heartbeatMs = 10_000 } = options;
  const stats = { processed: 0, deadLettered: 0, retried: 0 };

  const deadLetter = async (delivery: Delivery, reason: string): Promise<void> => {
    await delivery.deadLetter(reason);
    stats.deadLettered += 1;
    options.onDeadLetter?.(delivery.key, reason);
  };

  const fail = async ({ delivery }: Work<T>, e: unknown): Promise<void> => {
    if (delivery.deliveries >= queue.maxDeliver) return deadLetter(delivery, asSitrepError(e).message);
    await delivery.nak(retryDelayMs * delivery.deliveries);
    stats.retried += 1;
  };

  const handleAll = async (work: readonly Work<T>[]): Promise<void> => {
    try {
      await handle(work.map((w) => w.item));
      for (const w of work) await w.delivery.ack();
      stats.processed += work.length;
      return;
    } catch (e) {
      if (isWorkerFault(e)) throw e;
      if (work.length === 1) return fail(work[0]!, e);
    }
    for (const w of work) await handleAll([w]);
  };

  const processBatch = async (deliveries: readonly Delivery[]): Promise<void> => {
    const work: Work<T>[] = [];
    for (const delivery of deliveries) {
      if (delivery.deliveries > queue.maxDeliver) {
        await deadLetter(delivery, `given up after ${delivery.deliveries - 1} deliveries without an ack`);
        continue;
      }
      try {
        work.push({ delivery, item: decode(delivery.key, delivery.body) });
      } catch (e) {
        await deadLetter(delivery, asSitrepError(e).message);
      }
    }
    if (work.length === 0) return;
    const beat = setInterval(() => {
      for (const w of work) w.delivery.inProgress().catch(() => {});
    }, heartbeatMs);
    try {
      await handleAll(work);
    } catch (e) {
      await Promise.all(work.map((w) => w.delivery.nak().catch(() => {})));
      throw e;
    } finally {
      clearInterval(beat);
    }
  };

  let dirty = false;
  while (options.signal?.aborted !== true) {
    const deliveries = await queue.fetch(batch, waitMs);
    if (deliveries.length > 0) {
      await processBatch(deliveries);
      dirty = true;
      continue;
    }
    if (dirty) await options.onIdle?.();
    dirty = false;
    if (drain) break;
  }
  if (dirty) await options.onIdle?.();
  return stats;
};
