/**
 * Workers as separate processes: one dies holding the whole queue unacked; after the ack wait, two fresh
 * worker processes share its reports and store each once. Needs the local PostgreSQL and NATS servers.
 */
import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteTestQueue, testQueueUrl } from '../../src/queue/nats-test-queue.js';
import { openQueue } from '../../src/queue/open-queue.js';
import { dropSchemas, testDatabaseUrl, testSchemaName } from '../../src/store/postgres/postgres-test-db.js';
import { cli } from '../cli-harness.js';
import { EXAMPLE_DIR } from '../example-picture.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const schema = testSchemaName();
const db = testDatabaseUrl(schema);
const queue = testQueueUrl();
afterAll(async () => {
  await dropSchemas([schema]);
  await deleteTestQueue(queue);
});

const workerProcess = (): Promise<{ stdout: string; stderr: string }> =>
  promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--queue', queue, '--db', db, '--drain', '--batch', '1'],
    { cwd: root, encoding: 'utf8', timeout: 90_000 },
  );

describe('worker processes', () => {
  it('redeliver what a dead worker held to the live ones, storing each report once', async () => {
    // The first to open the queue creates its consumer: a short ack wait, so the test need not wait 30 s.
    const dead = await openQueue(queue, { ackWaitMs: 1000 });
    expect((await cli(['ingest', EXAMPLE_DIR, '--queue', queue])).stdout).toBe(
      'queued 2 report(s), 0 already queued\n',
    );
    const held = [...(await dead.fetch(2, 1000))];
    if (held.length < 2) held.push(...(await dead.fetch(1, 1000)));
    expect(held.map((d) => d.deliveries)).toEqual([1, 1]);
    await dead.close();
    await new Promise((r) => setTimeout(r, 1500));

    const workers = await Promise.all([workerProcess(), workerProcess()]);
    const added = workers.map((w) => Number(/(\d+) report\(s\) added/.exec(w.stdout)?.[1]));
    expect(added.reduce((a, b) => a + b, 0)).toBe(2);
    expect(workers.map((w) => w.stderr)).toEqual(['', '']);

    const picture = JSON.parse((await cli(['report', '--format', 'json', '--db', db])).stdout);
    expect(picture.documents.map((d: { id: string }) => d.id).sort()).toEqual(
      held.map((d) => `d${d.key.slice(0, 12)}`).sort(),
    );
  }, 120_000);
});
