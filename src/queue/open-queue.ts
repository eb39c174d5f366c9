import { sitrepError } from '../errors/sitrep-error.js';
import type { QueueOptions, WorkQueue } from './queue.js';
import { isQueueUrl, parseQueueUrl } from './queue-url.js';

/**
 * Opens the work queue a `nats://…` URL names. The NATS client is imported here, on demand, so that
 * nothing loads it unless a queue URL is given.
 */
export const openQueue = async (url: string, options: QueueOptions = {}): Promise<WorkQueue> => {
  if (!isQueueUrl(url)) throw sitrepError('SITREP_USAGE', `--queue takes a nats:// URL, not "${url}"`);
  parseQueueUrl(url);
  const { openNatsQueue } = await import('./nats-queue.js');
  return openNatsQueue(url, options);
};
