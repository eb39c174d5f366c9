import { describe, expect, it } from 'vitest';
import { sitrepError } from '../errors/sitrep-error.js';
import { createMemoryBroker } from './memory-queue.js';
import type { WorkQueue } from './queue.js';
import { runWorker, type WorkerOptions } from './run-worker.js';

const encoder = new TextEncoder();
const publishWords = (queue: WorkQueue, words: readonly string[]) =>
  queue.publish(words.map((w) => ({ key: w, body: encoder.encode(JSON.stringify(w)) })));
const decode = (key: string, body: Uint8Array): string => {
  const v = JSON.parse(new TextDecoder().decode(body));
  if (typeof v !== 'string') throw sitrepError('SITREP_QUEUE_MESSAGE', key, 'not a word');
  return v;
};
const fast: WorkerOptions = { drain: true, waitMs: 20, retryDelayMs: 0 };

const setUp = (words: readonly string[], ackWaitMs = 5000) => {
  const broker = createMemoryBroker({ ackWaitMs, maxDeliver: 3 });
  const queue = broker.connect();
  return { broker, queue, published: publishWords(queue, words) };
};

describe('runWorker', () => {
  it('handles batches, acks them, and calls onIdle once the queue runs dry', async () => {
    const { queue, published } = setUp(['a', 'b', 'c', 'd', 'e']);
    await published;
    const batches: string[][] = [];
    let idle = 0;
    const stats = await runWorker(queue, decode, async (items) => void batches.push([...items]), {
      ...fast,
      batch: 2,
      onIdle: async () => void idle++,
    });
    expect(batches).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(stats).toEqual({ processed: 5, deadLettered: 0, retried: 0 });
    expect(idle).toBe(1);
    expect(await queue.fetch(10, 20)).toEqual([]);
  });

  it('isolates a failing message: the others are handled, it is retried, then dead-lettered', async () => {
    const { queue, published } = setUp(['a', 'bad', 'c']);
    await published;
    const handled: string[] = [];
    const calls: string[][] = [];
    const dead: string[] = [];
    const stats = await runWorker(
      queue,
      decode,
      async (items) => {
        calls.push([...items]);
        if (items.includes('bad')) throw new Error('boom');
        handled.push(...items);
      },
      { ...fast, onDeadLetter: (key, reason) => dead.push(`${key}: ${reason}`) },
    );
    expect(handled).toEqual(['a', 'c']);
    expect(calls).toEqual([['a', 'bad', 'c'], ['a'], ['bad'], ['c'], ['bad'], ['bad']]);
    expect(stats).toEqual({ processed: 2, deadLettered: 1, retried: 2 });
    expect(dead).toEqual(['bad: internal error: boom']);
    expect((await queue.deadLetters()).map((d) => [d.key, d.reason, d.deliveries])).toEqual([
      ['bad', 'internal error: boom', 3],
    ]);
  });

  it('dead-letters a message that cannot be decoded, untried', async () => {
    const { queue } = setUp([]);
    await queue.publish([{ key: 'n', body: encoder.encode('42') }]);
    await publishWords(queue, ['ok']);
    const handled: string[] = [];
    const stats = await runWorker(queue, decode, async (items) => void handled.push(...items), fast);
    expect(handled).toEqual(['ok']);
    expect(stats).toEqual({ processed: 1, deadLettered: 1, retried: 0 });
    expect((await queue.deadLetters()).map((d) => d.reason)).toEqual(['bad queue message n: not a word']);
  });

  it('dead-letters, untried, a message whose workers died maxDeliver times', async () => {
    const { queue, published } = setUp(['crash']);
    await published;
    for (let i = 0; i < 3; i++) await (await queue.fetch(1, 20))[0]!.nak();
    let calls = 0;
    const stats = await runWorker(queue, decode, async () => void calls++, fast);
    expect(calls).toBe(0);
    expect(stats.deadLettered).toBe(1);
    expect((await queue.deadLetters())[0]?.reason).toBe('given up after 3 deliveries without an ack');
  });

  it.each([
    [
      'an outage of the store',
      sitrepError('SITREP_STORE_UNREACHABLE', 'postgres://h/db', 'connection refused'),
    ],
    ['a model that does not load', sitrepError('SITREP_MODEL_LOAD', 'models/x.json.gz', 'ENOENT')],
  ])('stops on %s, leaving the batch to other workers', async (_, outage) => {
    const { broker, queue, published } = setUp(['a', 'b']);
    await published;
    const run = runWorker(
      queue,
      decode,
      async () => {
        throw outage;
      },
      fast,
    );
    await expect(run).rejects.toBe(outage);
    const other = broker.connect();
    expect((await other.fetch(5, 20)).map((d) => [d.key, d.deliveries])).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
    expect(await queue.deadLetters()).toEqual([]);
  });

  it('keeps a slow batch from being redelivered to another worker', async () => {
    const { broker, queue, published } = setUp(['slow'], 100);
    await published;
    const other = broker.connect();
    const running = runWorker(queue, decode, () => new Promise((r) => setTimeout(r, 400)), {
      ...fast,
      heartbeatMs: 30,
    });
    await new Promise((r) => setTimeout(r, 50));
    const watching = other.fetch(1, 300);
    expect((await running).processed).toBe(1);
    expect(await watching).toEqual([]);
  });

  it('stops when its signal is aborted, after the batch in hand', async () => {
    const { queue, published } = setUp(['a', 'b', 'c']);
    await published;
    const stop = new AbortController();
    const handled: string[] = [];
    const stats = await runWorker(
      queue,
      decode,
      async (items) => {
        handled.push(...items);
        stop.abort();
      },
      { batch: 1, waitMs: 20, signal: stop.signal },
    );
    expect(handled).toEqual(['a']);
    expect(stats.processed).toBe(1);
  });
});
