import {
  AckPolicy,
  DeliverPolicy,
  type JetStreamManager,
  nanos,
  RetentionPolicy,
  StorageType,
  type StreamConfig,
} from 'nats';
import { sitrepError } from '../errors/sitrep-error.js';
import type { QueueUrl } from './queue-url.js';

/** How long JetStream remembers a message id to drop a second publish of it. */
const DUPLICATE_WINDOW_MS = 10 * 60_000;

const isNotFound = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as { code?: unknown }).code === '404';

/** Creates the stream, or checks that the one there takes our subject (else it is someone else's). */
const ensureStream = async (
  jsm: JetStreamManager,
  target: QueueUrl,
  config: Partial<StreamConfig> & { name: string; subjects: string[] },
): Promise<void> => {
  try {
    const info = await jsm.streams.info(config.name);
    if (!info.config.subjects?.includes(config.subjects[0]!)) {
      throw sitrepError(
        'SITREP_QUEUE_UNREACHABLE',
        target.display,
        `stream ${config.name} exists but does not take subject ${config.subjects[0]}`,
      );
    }
  } catch (e) {
    if (!isNotFound(e)) throw e;
    await jsm.streams.add(config);
  }
};

/**
 * Makes sure the work stream (work-queue retention: a message is gone once acked), the dead-letter stream
 * and the shared durable pull consumer exist; concurrent callers all succeed. Returns the consumer's
 * max_deliver less one (the extra delivery lets a worker dead-letter what crashed it every time).
 */
export const setUpQueue = async (
  jsm: JetStreamManager,
  target: QueueUrl,
  options: { readonly ackWaitMs: number; readonly maxDeliver: number },
): Promise<number> => {
  await ensureStream(jsm, target, {
    name: target.stream,
    subjects: [target.workSubject],
    retention: RetentionPolicy.Workqueue,
    storage: StorageType.File,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  });
  await ensureStream(jsm, target, {
    name: target.deadStream,
    subjects: [target.deadSubject],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  });
  try {
    const info = await jsm.consumers.info(target.stream, target.consumer);
    return info.config.max_deliver === undefined || info.config.max_deliver < 0
      ? options.maxDeliver
      : info.config.max_deliver - 1;
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
  const info = await jsm.consumers.add(target.stream, {
    durable_name: target.consumer,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ack_wait: nanos(options.ackWaitMs),
    max_deliver: options.maxDeliver + 1,
    filter_subject: target.workSubject,
  });
  return (info.config.max_deliver ?? options.maxDeliver + 1) - 1;
};
