import { sitrepError } from '../errors/sitrep-error.js';

export const DEFAULT_STREAM = 'SITREP_REPORTS';
export const DEFAULT_SUBJECT = 'sitrep.reports';

const STREAM_NAME = /^[A-Za-z0-9_-]{1,200}$/;
const SUBJECT = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

/** Where the queue lives on a NATS JetStream server, and the names of its streams, subjects and consumer. */
export interface QueueUrl {
  /** `host:port`, as nats.js takes it. */
  readonly server: string;
  readonly user: string | undefined;
  readonly pass: string | undefined;
  /** A user name without a password is a token (`nats://token@host`). */
  readonly token: string | undefined;
  /** The work stream (work-queue retention) and its subject. */
  readonly stream: string;
  readonly workSubject: string;
  /** The dead-letter stream (kept until its limits) and its subject. */
  readonly deadStream: string;
  readonly deadSubject: string;
  /** The one durable pull consumer every worker shares. */
  readonly consumer: string;
  /** The URL for messages: no credentials. */
  readonly display: string;
}

/** True for `nats://…`. Imports no client. */
export const isQueueUrl = (value: string): boolean => /^nats:\/\//i.test(value);

/**
 * Parses `nats://[user[:pass]@]host[:port][?stream=NAME&subject=PREFIX]`. The work goes to the stream NAME
 * (default SITREP_REPORTS) on PREFIX.work (default sitrep.reports.work); dead letters to NAME_DEAD on
 * PREFIX.dead. A malformed URL or name is a usage error.
 */
export const parseQueueUrl = (value: string): QueueUrl => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw sitrepError('SITREP_USAGE', 'the queue URL is not a valid nats:// URL');
  }
  if (!isQueueUrl(value) || url.hostname === '')
    throw sitrepError('SITREP_USAGE', `not a nats://host[:port] URL: ${url.protocol}//${url.host}`);
  const stream = url.searchParams.get('stream') ?? DEFAULT_STREAM;
  const subject = url.searchParams.get('subject') ?? DEFAULT_SUBJECT;
  if (!STREAM_NAME.test(stream))
    throw sitrepError('SITREP_USAGE', `stream "${stream}" in the queue URL must be letters, digits, _ or -`);
  if (!SUBJECT.test(subject))
    throw sitrepError(
      'SITREP_USAGE',
      `subject "${subject}" in the queue URL must be dot-separated plain tokens`,
    );
  const server = `${url.hostname}:${url.port === '' ? '4222' : url.port}`;
  const user = url.username === '' ? undefined : decodeURIComponent(url.username);
  const pass = url.password === '' ? undefined : decodeURIComponent(url.password);
  const query = [...url.searchParams.entries()].filter(([k]) => k === 'stream' || k === 'subject');
  return {
    server,
    user: pass === undefined ? undefined : user,
    pass,
    token: pass === undefined ? user : undefined,
    stream,
    workSubject: `${subject}.work`,
    deadStream: `${stream}_DEAD`,
    deadSubject: `${subject}.dead`,
    consumer: `${stream}_WORKERS`,
    display: `nats://${server}${query.length > 0 ? `?${new URLSearchParams(query).toString()}` : ''}`,
  };
};
