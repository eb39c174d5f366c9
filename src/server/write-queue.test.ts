import { describe, expect, it } from 'vitest';
import { createWriteQueue } from './write-queue.js';

const later = <T>(value: T, ms: number) => new Promise<T>((r) => setTimeout(() => r(value), ms));

describe('createWriteQueue', () => {
  it('runs writes one at a time in arrival order, a failure not stopping the next', async () => {
    const queue = createWriteQueue();
    const log: string[] = [];
    const write = (name: string, ms: number, fail = false) =>
      queue.run(async () => {
        log.push(`start ${name}`);
        await later(null, ms);
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([write('a', 30), write('b', 1, true), write('c', 1)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('is idle only when every queued write has finished', async () => {
    const queue = createWriteQueue();
    let done = false;
    void queue.run(async () => {
      await later(null, 20);
      done = true;
    });
    expect(queue.pending).toBe(1);
    await queue.idle();
    expect([done, queue.pending]).toEqual([true, 0]);
  });
});
