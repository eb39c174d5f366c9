import {
  DEFAULT_ACK_WAIT_MS,
  DEFAULT_MAX_DELIVER,
  type DeadLetter,
  type Delivery,
  type QueueOptions,
  type WorkQueue,
} from './queue.js';

interface Entry {
  readonly key: string;
  readonly body: Uint8Array;
  deliveries: number;
  /** Ready to deliver from this time on (ms); Infinity while in flight or done. */
  readyAt: number;
  /** Bumped at every delivery: an ack from an older delivery is ignored, as JetStream ignores it. */
  token: number;
  timer: NodeJS.Timeout | undefined;
}

/** The shared state behind every consumer of one in-memory queue. */
export interface MemoryBroker {
  /** A new consumer (or publisher) of the queue, as another process would hold one. */
  connect(): WorkQueue;
}

/**
 * A WorkQueue in this process's memory, with the same contract as the NATS adapter: key dedupe, ack wait,
 * redelivery of what a closed (crashed) consumer held, at most maxDeliver + 1 deliveries, dead letters.
 * For tests and single-process runs; nothing survives the process.
 */
export const createMemoryBroker = (options: QueueOptions = {}): MemoryBroker => {
  const ackWaitMs = options.ackWaitMs ?? DEFAULT_ACK_WAIT_MS;
  const maxDeliver = options.maxDeliver ?? DEFAULT_MAX_DELIVER;
  const entries: Entry[] = [];
  const keys = new Set<string>();
  const dead: DeadLetter[] = [];
  const waiters = new Set<() => void>();

  const wake = (): void => {
    for (const w of [...waiters]) w();
  };
  const wakeAt = (ms: number): void => {
    setTimeout(wake, Math.max(0, ms)).unref();
  };
  const settle = (entry: Entry): void => {
    clearTimeout(entry.timer);
    entry.readyAt = Number.POSITIVE_INFINITY;
    entries.splice(entries.indexOf(entry), 1);
  };
  const armAckWait = (entry: Entry, token: number): void => {
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      if (entry.token !== token || !entries.includes(entry)) return;
      entry.readyAt = Date.now();
      wake();
    }, ackWaitMs);
    entry.timer.unref();
  };

  const deliver = (entry: Entry): Delivery => {
    entry.deliveries += 1;
    entry.token += 1;
    entry.readyAt = Number.POSITIVE_INFINITY;
    const token = entry.token;
    armAckWait(entry, token);
    const current = (): boolean => entry.token === token && entries.includes(entry);
    return {
      key: entry.key,
      body: entry.body,
      deliveries: entry.deliveries,
      ack: async () => {
        if (current()) settle(entry);
      },
      nak: async (delayMs = 0) => {
        if (!current()) return;
        clearTimeout(entry.timer);
        entry.readyAt = Date.now() + delayMs;
        wakeAt(delayMs);
      },
      inProgress: async () => {
        if (current()) armAckWait(entry, token);
      },
      deadLetter: async (reason) => {
        if (!current()) return;
        settle(entry);
        dead.push({ key: entry.key, body: entry.body, reason, deliveries: entry.deliveries });
      },
    };
  };

  /** Ready entries, oldest first; one delivered maxDeliver + 1 times is never delivered again. */
  const ready = (max: number): Entry[] => {
    const now = Date.now();
    return entries.filter((e) => e.readyAt <= now && e.deliveries <= maxDeliver).slice(0, max);
  };

  const connect = (): WorkQueue => {
    let closed = false;
    return {
      kind: 'memory',
      maxDeliver,
      publish: async (messages) => {
        let published = 0;
        for (const { key, body } of messages) {
          if (keys.has(key)) continue;
          keys.add(key);
          entries.push({
            key,
            body: Uint8Array.from(body),
            deliveries: 0,
            readyAt: 0,
            token: 0,
            timer: undefined,
          });
          published += 1;
        }
        if (published > 0) wake();
        return { published, duplicates: messages.length - published };
      },
      fetch: async (max, waitMs) => {
        const deadline = Date.now() + waitMs;
        for (;;) {
          if (closed) return [];
          const found = ready(max);
          if (found.length > 0) return found.map(deliver);
          const left = deadline - Date.now();
          if (left <= 0) return [];
          await new Promise<void>((resolve) => {
            const done = (): void => {
              clearTimeout(timer);
              waiters.delete(done);
              resolve();
            };
            const timer = setTimeout(done, left);
            waiters.add(done);
          });
        }
      },
      deadLetters: async () => [...dead],
      close: async () => {
        closed = true;
        wake();
      },
    };
  };
  return { connect };
};
