/** One message to put on the queue. `key` makes publishing idempotent: a key already queued is dropped. */
export interface OutgoingMessage {
  readonly key: string;
  readonly body: Uint8Array;
}

export interface PublishResult {
  readonly published: number;
  /** Messages dropped because a message with the same key was already queued. */
  readonly duplicates: number;
}

/**
 * A message handed to one consumer. Until it is acked, nakked or dead-lettered it is in flight: if its
 * consumer dies, the queue delivers it again after the ack wait (to any consumer).
 */
export interface Delivery {
  readonly key: string;
  readonly body: Uint8Array;
  /** 1 on the first delivery, 2 on the first redelivery, … */
  readonly deliveries: number;
  /** Done: never delivered again. */
  ack(): Promise<void>;
  /** Failed: deliver again, after `delayMs` (default at once). */
  nak(delayMs?: number): Promise<void>;
  /** Still working on it: restart the ack wait so that it is not redelivered meanwhile. */
  inProgress(): Promise<void>;
  /** Give up: copy it with the reason to the dead letters, and never deliver it again. */
  deadLetter(reason: string): Promise<void>;
}

export interface DeadLetter {
  readonly key: string;
  readonly body: Uint8Array;
  readonly reason: string;
  /** How often it had been delivered when it was given up. */
  readonly deliveries: number;
}

/**
 * A durable work queue shared by many consumers (after the Store: one interface, one contract suite,
 * an in-memory and a NATS JetStream adapter). Each message goes to one consumer at a time; the queue
 * delivers a message at most `maxDeliver + 1` times, so that a consumer can dead-letter a message whose
 * processing crashed `maxDeliver` times instead of retrying it forever.
 */
export interface WorkQueue {
  readonly kind: 'memory' | 'nats';
  /** How often a consumer should try a message before dead-lettering it. */
  readonly maxDeliver: number;
  publish(messages: readonly OutgoingMessage[]): Promise<PublishResult>;
  /** Up to `max` messages: returns as soon as one is there, or [] after about `waitMs`. */
  fetch(max: number, waitMs: number): Promise<readonly Delivery[]>;
  /** Every dead letter so far, oldest first. */
  deadLetters(): Promise<readonly DeadLetter[]>;
  /** Stops this consumer: messages it holds unacked are redelivered after the ack wait. */
  close(): Promise<void>;
}

/** What every queue adapter is opened with. */
export interface QueueOptions {
  /** How long a delivered message may go unacked before it is redelivered (default 30 000 ms). */
  readonly ackWaitMs?: number;
  /** Tries before a consumer dead-letters a message (default 5). */
  readonly maxDeliver?: number;
}

export const DEFAULT_ACK_WAIT_MS = 30_000;
export const DEFAULT_MAX_DELIVER = 5;
