/**
 * Scale-out end to end: `sitrep ingest --queue` publishes the example to NATS JetStream, two workers drain it
 * concurrently into PostgreSQL, and `sitrep report --db postgres://…` gives the same picture as the SQLite path.
 * Needs the local PostgreSQL and NATS servers (see docs/scale-out.md); every run uses its own schema and stream.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { deleteTestQueue, testQueueUrl } from '../../src/queue/nats-test-queue.js';
import { openQueue } from '../../src/queue/open-queue.js';
import { encodeReportMessage } from '../../src/queue/report-message.js';
import { dropSchemas, testDatabaseUrl, testSchemaName } from '../../src/store/postgres/postgres-test-db.js';
import { cli } from '../cli-harness.js';
import { EXAMPLE_DIR } from '../example-picture.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-scale-out-'));
const sqlite = join(dir, 'store.db');
const schema = testSchemaName();
const db = testDatabaseUrl(schema);
const queue = testQueueUrl();

afterAll(async () => {
  await dropSchemas([schema]);
  await deleteTestQueue(queue);
});

const added = (stdout: string): number => Number(/(\d+) report\(s\) added/.exec(stdout)?.[1] ?? Number.NaN);

describe('sitrep ingest --queue, two workers, report --db postgres://', () => {
  beforeAll(async () => {
    expect(await cli(['ingest', EXAMPLE_DIR, '--db', sqlite])).toMatchObject({ code: 0 });
  });

  it('queues the validated reports once: a second ingest queues nothing new', async () => {
    expect(await cli(['ingest', EXAMPLE_DIR, '--queue', queue])).toEqual({
      code: 0,
      stdout: 'queued 2 report(s), 0 already queued\n',
      stderr: '',
    });
    expect((await cli(['ingest', EXAMPLE_DIR, '--queue', queue])).stdout).toBe(
      'queued 0 report(s), 2 already queued\n',
    );
  });

  it('refuses a bad input before anything is queued', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const r = await cli(['ingest', EXAMPLE_DIR, empty, '--queue', queue]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `sitrep: ${empty}: input is empty\n` });
  });

  it('drains the queue with two concurrent workers, each report stored once', async () => {
    const workers = await Promise.all(
      [1, 2].map(() => cli(['worker', '--queue', queue, '--db', db, '--drain', '--batch', '1'])),
    );
    for (const w of workers) {
      expect(w.code).toBe(0);
      expect(w.stderr).toBe('');
      expect(w.stdout).toMatch(
        /^worker done: \d message\(s\) handled, \d report\(s\) added, 0 already stored, 0 dead-lettered\n$/,
      );
    }
    expect(added(workers[0]!.stdout) + added(workers[1]!.stdout)).toBe(2);
  });

  it('gives the same picture and stories from PostgreSQL as from SQLite', async () => {
    const [fromPg, fromSqlite] = await Promise.all([
      cli(['report', '--format', 'json', '--db', db]),
      cli(['report', '--format', 'json', '--db', sqlite]),
    ]);
    expect(fromPg.code).toBe(0);
    expect(JSON.parse(fromPg.stdout).documents).toHaveLength(2);
    expect(fromPg.stdout).toBe(fromSqlite.stdout);
    const stories = await cli(['stories'], { env: { SITREP_DATABASE_URL: db } });
    expect(stories.stdout).toMatch(/^s1\t2 reports\t\d+ events\t\d+ figures\t\d+ conflicts\t.*Aleppo.*\n$/);
    expect(stories.stdout).toBe((await cli(['stories', '--db', sqlite])).stdout);
  });

  it('dead-letters a malformed message; a report queued again under another key adds nothing', async () => {
    const [report] = await readInputs([join(EXAMPLE_DIR, '000_b26fbb70385f3848.txt')]);
    const q = await openQueue(queue);
    await q.publish([
      { key: 'not-a-report', body: new TextEncoder().encode('{"v": 1, "report": {}}') },
      { ...encodeReportMessage(report!), key: 'again' },
    ]);
    const w = await cli(['worker', '--queue', queue, '--db', db, '--drain']);
    expect(w).toEqual({
      code: 0,
      stdout: 'worker done: 1 message(s) handled, 0 report(s) added, 1 already stored, 1 dead-lettered\n',
      stderr: 'dead-lettered not-a-report: bad queue message not-a-report: report.path must be a string\n',
    });
    expect((await q.deadLetters()).map((d) => [d.key, d.deliveries])).toEqual([['not-a-report', 1]]);
    await q.close();
    const again = await cli(['report', '--format', 'json', '--db', db]);
    expect(JSON.parse(again.stdout).documents).toHaveLength(2);
  });
});
