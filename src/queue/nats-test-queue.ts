import { randomBytes } from 'node:crypto';
import { connect } from 'nats';
import { openNatsQueue } from './nats-queue.js';
import type { QueueOptions } from './queue.js';
import type { QueueFixture } from './queue-contract.test-suite.js';
import { parseQueueUrl } from './queue-url.js';

/**
 * The NATS server tests use: `$SITREP_TEST_QUEUE_URL`, else the local JetStream server. Every test gets a
 * stream and subject of its own, deleted afterwards. For tests only: it imports `nats`.
 */
export const TEST_QUEUE_SERVER = process.env.SITREP_TEST_QUEUE_URL ?? 'nats://127.0.0.1:4222';

/** A queue URL naming a fresh stream `SITREP_TEST_<hex>` on subject `sitrep_test.<hex>`. */
export const testQueueUrl = (): string => {
  const id = randomBytes(6).toString('hex');
  const url = new URL(TEST_QUEUE_SERVER);
  url.searchParams.set('stream', `SITREP_TEST_${id}`);
  url.searchParams.set('subject', `sitrep_test.${id}`);
  return url.toString();
};

/** Deletes the work and dead-letter streams (with their consumer) that the URL names, if they exist. */
export const deleteTestQueue = async (url: string): Promise<void> => {
  const target = parseQueueUrl(url);
  const nc = await connect({ servers: target.server });
  try {
    const jsm = await nc.jetstreamManager();
    for (const stream of [target.stream, target.deadStream])
      await jsm.streams.delete(stream).catch(() => false);
  } finally {
    await nc.close();
  }
};

/** A fresh NATS queue for the contract suite. */
export const natsQueueFixture = async (options: QueueOptions): Promise<QueueFixture> => {
  const url = testQueueUrl();
  return { connect: () => openNatsQueue(url, options), cleanup: () => deleteTestQueue(url) };
};
