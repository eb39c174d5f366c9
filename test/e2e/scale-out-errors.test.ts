/** Scale-out failures are coded errors: one line on stderr, a non-zero exit status, nothing half-done. */
import { afterAll, describe, expect, it } from 'vitest';
import { deleteTestQueue, testQueueUrl } from '../../src/queue/nats-test-queue.js';
import {
  TEST_DATABASE_URL,
  testDatabaseUrl,
  testSchemaName,
} from '../../src/store/postgres/postgres-test-db.js';
import { cli } from '../cli-harness.js';
import { EXAMPLE_DIR } from '../example-picture.js';

/** The test database's URL on another port (nothing listens on port 1), with a password that must not show. */
const deadDb = (() => {
  const url = new URL(TEST_DATABASE_URL);
  url.host = '127.0.0.1:1';
  url.password = 'hunter2';
  return url.toString();
})();
const deadDbShown = deadDb.replace(':hunter2', '');
const queue = testQueueUrl();
afterAll(() => deleteTestQueue(queue));

describe('scale-out errors', () => {
  it.each([
    [
      'report from an unreachable database',
      ['report', '--db', deadDb],
      1,
      `sitrep: cannot reach store ${deadDbShown}: connection refused at 127.0.0.1:1\n`,
    ],
    [
      'ingest into an unreachable database',
      ['ingest', EXAMPLE_DIR, '--db', deadDb],
      1,
      `sitrep: cannot reach store ${deadDbShown}: connection refused at 127.0.0.1:1\n`,
    ],
    [
      'ingest to an unreachable queue',
      ['ingest', EXAMPLE_DIR, '--queue', 'nats://user:hunter2@127.0.0.1:1'],
      1,
      'sitrep: cannot reach queue nats://127.0.0.1:1: connection refused\n',
    ],
    [
      'a worker on an unreachable queue',
      ['worker', '--queue', 'nats://127.0.0.1:1', '--db', ':memory:'],
      1,
      'sitrep: cannot reach queue nats://127.0.0.1:1: connection refused\n',
    ],
    [
      'a worker without a queue',
      ['worker', '--db', ':memory:'],
      2,
      'sitrep: usage: worker needs --queue nats://host:port (or $SITREP_QUEUE_URL)\n',
    ],
    [
      'a queue URL that is not nats://',
      ['ingest', EXAMPLE_DIR, '--queue', 'amqp://127.0.0.1'],
      2,
      'sitrep: usage: --queue takes a nats:// URL, not "amqp://127.0.0.1"\n',
    ],
    [
      'a bad stream name',
      ['worker', '--queue', 'nats://127.0.0.1?stream=a.b', '--db', ':memory:'],
      2,
      'sitrep: usage: stream "a.b" in the queue URL must be letters, digits, _ or -\n',
    ],
    [
      '--queue with --db',
      ['ingest', EXAMPLE_DIR, '--queue', 'nats://127.0.0.1', '--db', 'x.db'],
      2,
      'sitrep: usage: --queue and --db exclude each other: workers write the store\n',
    ],
    [
      'a bad --batch',
      ['worker', '--queue', 'nats://127.0.0.1', '--batch', '0'],
      2,
      "sitrep: usage: option '--batch <n>' argument '0' is invalid. expected an integer 1–1000\n",
    ],
    [
      'a bad schema name',
      ['stories', '--db', 'postgres://127.0.0.1/test?schema=Robert%27);DROP'],
      2,
      `sitrep: usage: schema "Robert');DROP" in the database URL must be a lower-case identifier ([a-z_][a-z0-9_]*)\n`,
    ],
  ])('%s', async (_, argv, code, stderr) => {
    expect(await cli(argv)).toEqual({ code, stdout: '', stderr });
  });

  it('refuses to read a PostgreSQL store that does not exist, creating nothing', async () => {
    const schema = testSchemaName();
    const url = testDatabaseUrl(schema);
    const r = await cli(['report'], { env: { SITREP_DATABASE_URL: url } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^sitrep: store postgres://\\S+\\?schema=${schema} not found\\n$`));
    const again = await cli(['stories', '--db', url]);
    expect(again.stderr).toBe(r.stderr);
  });

  it('a worker refuses to start when the store is unreachable, leaving the queue as it was', async () => {
    expect((await cli(['ingest', EXAMPLE_DIR, '--queue', queue])).stdout).toBe(
      'queued 2 report(s), 0 already queued\n',
    );
    const r = await cli(['worker', '--queue', queue, '--db', deadDb, '--drain']);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `sitrep: cannot reach store ${deadDbShown}: connection refused at 127.0.0.1:1\n`,
    });
    const w = await cli(['worker', '--queue', queue, '--db', ':memory:', '--drain']);
    expect(w.stdout).toBe(
      'worker done: 2 message(s) handled, 2 report(s) added, 0 already stored, 0 dead-lettered\n',
    );
  });
});
