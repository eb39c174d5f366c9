import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Delivery, OutgoingMessage, QueueOptions, WorkQueue } from './queue.js';

/** One fresh, empty queue per test: `connect` gives another consumer of it (as another process would). */
export interface QueueFixture {
  connect(): Promise<WorkQueue>;
  cleanup(): Promise<void>;
}

export interface QueueContractTiming {
  /** The ack wait the fixture is opened with. */
  readonly ackWaitMs: number;
  /** The shortest fetch wait worth asking for (NATS: 1000 ms). */
  readonly waitMs: number;
}

const encoder = new TextEncoder();
const message = (key: string, text = `report ${key} — «حلب» 🌍`): OutgoingMessage => ({
  key,
  body: encoder.encode(text),
});
const text = (d: { body: Uint8Array }): string => new TextDecoder().decode(d.body);
const since = (t0: number): number => performance.now() - t0;

/** Fetches until `count` deliveries have come (or a fetch comes back empty). */
const fetchAll = async (queue: WorkQueue, count: number, waitMs: number): Promise<Delivery[]> => {
  const got: Delivery[] = [];
  while (got.length < count) {
    const batch = await queue.fetch(count - got.length, waitMs);
    if (batch.length === 0) break;
    got.push(...batch);
  }
  return got;
};

/**
 * The behaviour every WorkQueue must have, run against each adapter (like runStoreContract). The fixture
 * is made with `maxDeliver: 2` and the timing's ack wait.
 */
export const runQueueContract = (
  name: string,
  makeFixture: (options: QueueOptions) => Promise<QueueFixture>,
  timing: QueueContractTiming,
): void => {
  const { ackWaitMs, waitMs } = timing;
  describe(`WorkQueue contract: ${name}`, () => {
    let fixture: QueueFixture;
    let queue: WorkQueue;
    beforeEach(async () => {
      fixture = await makeFixture({ ackWaitMs, maxDeliver: 2 });
      queue = await fixture.connect();
    });
    afterEach(async () => {
      await queue.close();
      await fixture.cleanup();
    });

    it('delivers what was published, once, in order, then nothing after the acks', async () => {
      expect(queue.maxDeliver).toBe(2);
      expect(await queue.deadLetters()).toEqual([]);
      expect(await queue.publish([message('a'), message('b', ''), message('c')])).toEqual({
        published: 3,
        duplicates: 0,
      });
      const got = await fetchAll(queue, 3, waitMs);
      expect(got.map((d) => [d.key, text(d), d.deliveries])).toEqual([
        ['a', 'report a — «حلب» 🌍', 1],
        ['b', '', 1],
        ['c', 'report c — «حلب» 🌍', 1],
      ]);
      await Promise.all(got.map((d) => d.ack()));
      expect(await queue.fetch(10, waitMs)).toEqual([]);
    });

    it('drops a key already published, in one call and across calls', async () => {
      expect(await queue.publish([message('a'), message('a', 'other'), message('b')])).toEqual({
        published: 2,
        duplicates: 1,
      });
      expect(await queue.publish([message('b')])).toEqual({ published: 0, duplicates: 1 });
      const got = await fetchAll(queue, 2, waitMs);
      expect(got.map((d) => [d.key, text(d)])).toEqual([
        ['a', 'report a — «حلب» 🌍'],
        ['b', 'report b — «حلب» 🌍'],
      ]);
      await Promise.all(got.map((d) => d.ack()));
      expect(await queue.fetch(5, waitMs)).toEqual([]);
    });

    it('waits about waitMs on an empty queue, and returns as soon as a message comes', async () => {
      let t0 = performance.now();
      expect(await queue.fetch(5, waitMs)).toEqual([]);
      expect(since(t0)).toBeGreaterThanOrEqual(waitMs * 0.9);
      const publisher = await fixture.connect();
      t0 = performance.now();
      const waiting = queue.fetch(5, waitMs * 20);
      const published = new Promise((r) => setTimeout(r, waitMs / 2)).then(() =>
        publisher.publish([message('late')]),
      );
      expect((await waiting).map((d) => d.key)).toEqual(['late']);
      expect(since(t0)).toBeLessThan(waitMs * 10);
      expect(await published).toEqual({ published: 1, duplicates: 0 });
      await publisher.close();
    });

    it('redelivers a nakked message, counting deliveries; a delay holds it back', async () => {
      await queue.publish([message('n')]);
      const [first] = await queue.fetch(1, waitMs);
      await first!.nak();
      const [second] = await queue.fetch(1, waitMs);
      expect([second!.key, text(second!), second!.deliveries]).toEqual(['n', text(first!), 2]);
      const t0 = performance.now();
      await second!.nak(waitMs * 3);
      expect(await queue.fetch(1, waitMs)).toEqual([]);
      const [third] = await queue.fetch(1, waitMs * 10);
      expect(third!.deliveries).toBe(3);
      expect(since(t0)).toBeGreaterThanOrEqual(waitMs * 2.5);
    });

    it('redelivers what a crashed consumer held, after the ack wait, to another consumer', async () => {
      await queue.publish([message('x'), message('y')]);
      const held = await fetchAll(queue, 2, waitMs);
      await held[1]!.ack();
      const t0 = performance.now();
      await queue.close();
      const other = await fixture.connect();
      const [again] = await other.fetch(5, ackWaitMs * 5);
      expect([again!.key, again!.deliveries]).toEqual(['x', 2]);
      expect(since(t0)).toBeGreaterThanOrEqual(ackWaitMs * 0.8);
      await again!.ack();
      expect(await other.fetch(5, waitMs)).toEqual([]);
      await other.close();
    });

    it('does not redeliver while the holder says it is still working', async () => {
      await queue.publish([message('w')]);
      const [held] = await queue.fetch(1, waitMs);
      const other = await fixture.connect();
      const watching = other.fetch(1, ackWaitMs * 2.5);
      for (let i = 0; i < 6; i++) {
        await new Promise((r) => setTimeout(r, ackWaitMs / 2));
        await held!.inProgress();
      }
      expect(await watching).toEqual([]);
      await held!.ack();
      expect(await other.fetch(1, waitMs)).toEqual([]);
      await other.close();
    });

    it('gives each message to exactly one of two competing consumers', async () => {
      const keys = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8'];
      await queue.publish(keys.map((k) => message(k)));
      const other = await fixture.connect();
      const take = async (q: WorkQueue): Promise<string[]> => {
        const got: string[] = [];
        for (;;) {
          const batch = await q.fetch(2, waitMs);
          if (batch.length === 0) return got;
          for (const d of batch) {
            got.push(d.key);
            await d.ack();
          }
        }
      };
      const [a, b] = await Promise.all([take(queue), take(other)]);
      expect([...a, ...b].sort()).toEqual(keys);
      await other.close();
    });

    it('dead-letters a message with its reason and never delivers it again', async () => {
      await queue.publish([message('bad'), message('good')]);
      const [bad, good] = await fetchAll(queue, 2, waitMs);
      await good!.ack();
      await bad!.nak();
      const [again] = await queue.fetch(1, waitMs);
      await again!.deadLetter('SITREP_QUEUE_MESSAGE: not a report');
      expect(await queue.deadLetters()).toEqual([
        { key: 'bad', body: bad!.body, reason: 'SITREP_QUEUE_MESSAGE: not a report', deliveries: 2 },
      ]);
      expect(await queue.fetch(1, waitMs)).toEqual([]);
    });

    it('delivers a message at most maxDeliver + 1 times', async () => {
      await queue.publish([message('poison')]);
      const seen: number[] = [];
      for (;;) {
        const [d] = await queue.fetch(1, waitMs);
        if (d === undefined) break;
        seen.push(d.deliveries);
        await d.nak();
      }
      expect(seen).toEqual([1, 2, 3]);
    });
  });
};
