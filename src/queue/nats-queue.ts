import { type Consumer, connect, headers, type JsMsg, type NatsConnection } from 'nats';
import { isSitrepError, type SitrepError, sitrepError } from '../errors/sitrep-error.js';
import { setUpQueue } from './nats-setup.js';
import {
  DEFAULT_ACK_WAIT_MS,
  DEFAULT_MAX_DELIVER,
  type DeadLetter,
  type Delivery,
  type QueueOptions,
  type WorkQueue,
} from './queue.js';
import { parseQueueUrl, type QueueUrl } from './queue-url.js';

/** nats.js refuses pull requests shorter than this. */
const MIN_EXPIRES_MS = 1000;
/** Publishes awaiting their acknowledgement at once. */
const PUBLISH_WINDOW = 64;

const REASONS: Readonly<Record<string, string>> = {
  CONNECTION_REFUSED: 'connection refused',
  TIMEOUT: 'timed out',
  AUTHORIZATION_VIOLATION: 'not authorised',
  AUTHENTICATION_EXPIRED: 'authentication expired',
  '503': 'JetStream is not enabled on the server',
  CONNECTION_CLOSED: 'connection closed',
  DISCONNECT: 'disconnected',
};

const unreachable = (target: QueueUrl, e: unknown): SitrepError => {
  if (isSitrepError(e)) return e;
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  const reason = typeof code === 'string' ? REASONS[code] : undefined;
  return sitrepError(
    'SITREP_QUEUE_UNREACHABLE',
    target.display,
    reason ?? (e instanceof Error ? e.message : String(e)),
  );
};

const oneLine = (s: string): string => s.replace(/[\r\n]+/g, ' ');

/**
 * The WorkQueue on a NATS JetStream server (see queue-url.ts for the names). Publishing carries the key as
 * the JetStream message id, so the server drops a repeat within its duplicate window; workers share one
 * durable pull consumer with explicit acks, an ack wait and max_deliver; dead letters are published to the
 * dead-letter stream with the reason in headers, then the message is terminated. Only loaded (dynamically)
 * when a nats:// URL is given.
 */
export const openNatsQueue = async (url: string, options: QueueOptions = {}): Promise<WorkQueue> => {
  const target = parseQueueUrl(url);
  let nc: NatsConnection;
  try {
    nc = await connect({
      servers: target.server,
      name: 'sitrep',
      timeout: 5000,
      ...(target.user === undefined ? {} : { user: target.user }),
      ...(target.pass === undefined ? {} : { pass: target.pass }),
      ...(target.token === undefined ? {} : { token: target.token }),
    });
  } catch (e) {
    throw unreachable(target, e);
  }
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      throw unreachable(target, e);
    }
  };
  let maxDeliver: number;
  let consumer: Consumer;
  const js = nc.jetstream();
  try {
    maxDeliver = await setUpQueue(await nc.jetstreamManager(), target, {
      ackWaitMs: options.ackWaitMs ?? DEFAULT_ACK_WAIT_MS,
      maxDeliver: options.maxDeliver ?? DEFAULT_MAX_DELIVER,
    });
    consumer = await js.consumers.get(target.stream, target.consumer);
  } catch (e) {
    await nc.close();
    throw unreachable(target, e);
  }

  const delivery = (m: JsMsg): Delivery => ({
    key: m.headers?.get('Nats-Msg-Id') || `${target.stream}:${m.seq}`,
    body: new Uint8Array(m.data),
    deliveries: m.info.deliveryCount,
    ack: () => guard(async () => void (await m.ackAck())),
    nak: (delayMs) =>
      guard(async () => {
        m.nak(delayMs);
        await nc.flush();
      }),
    inProgress: () =>
      guard(async () => {
        m.working();
        await nc.flush();
      }),
    deadLetter: (reason) =>
      guard(async () => {
        const h = headers();
        h.set('Sitrep-Key', m.headers?.get('Nats-Msg-Id') || `${target.stream}:${m.seq}`);
        h.set('Sitrep-Reason', oneLine(reason));
        h.set('Sitrep-Deliveries', String(m.info.deliveryCount));
        await js.publish(target.deadSubject, m.data, { headers: h, msgID: `${target.stream}:${m.seq}` });
        m.term();
        await nc.flush();
      }),
  });

  return {
    kind: 'nats',
    maxDeliver,
    publish: async (messages) => {
      const maxPayload = nc.info?.max_payload ?? Number.POSITIVE_INFINITY;
      const tooBig = messages.find((m) => m.body.length + m.key.length + 64 > maxPayload);
      if (tooBig !== undefined) {
        const why = `message ${tooBig.key} is ${tooBig.body.length} bytes, over the server's max_payload of ${maxPayload}`;
        throw sitrepError('SITREP_QUEUE_PUBLISH', 0, messages.length, why);
      }
      let published = 0;
      let duplicates = 0;
      for (let i = 0; i < messages.length; i += PUBLISH_WINDOW) {
        const window = messages.slice(i, i + PUBLISH_WINDOW);
        try {
          const acks = await Promise.all(
            window.map((m) => js.publish(target.workSubject, m.body, { msgID: m.key })),
          );
          for (const ack of acks) ack.duplicate ? duplicates++ : published++;
        } catch (e) {
          const why = unreachable(target, e).message;
          throw sitrepError('SITREP_QUEUE_PUBLISH', published + duplicates, messages.length, why);
        }
      }
      return { published, duplicates };
    },
    fetch: (max, waitMs) =>
      guard(async () => {
        const first = await consumer.next({ expires: Math.max(MIN_EXPIRES_MS, waitMs) });
        if (first === null) return [];
        const got = [first];
        const more = Math.min(max - 1, first.info.pending);
        if (more > 0) {
          for await (const m of await consumer.fetch({ max_messages: more, expires: MIN_EXPIRES_MS }))
            got.push(m);
        }
        return got.map(delivery);
      }),
    deadLetters: () =>
      guard(async () => {
        const jsm = await nc.jetstreamManager();
        const { state } = await jsm.streams.info(target.deadStream);
        const letters: DeadLetter[] = [];
        for (let seq = state.first_seq; seq <= state.last_seq && state.messages > 0; seq++) {
          const m = await jsm.streams.getMessage(target.deadStream, { seq });
          letters.push({
            key: m.header.get('Sitrep-Key'),
            body: new Uint8Array(m.data),
            reason: m.header.get('Sitrep-Reason'),
            deliveries: Number(m.header.get('Sitrep-Deliveries')),
          });
        }
        return letters;
      }),
    close: async () => {
      if (!nc.isClosed()) await nc.close();
    },
  };
};
