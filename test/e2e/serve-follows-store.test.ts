/**
 * `sitrep serve` over PostgreSQL sees what other writers store (workers, `sitrep ingest --db postgres://…`)
 * without a restart: the server follows the store. Needs the local PostgreSQL server.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/server/create-server.js';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.js';
import { dropSchemas, testDatabaseUrl, testSchemaName } from '../../src/store/postgres/postgres-test-db.js';
import { cli } from '../cli-harness.js';
import { EXAMPLE_DIR } from '../example-picture.js';

const schema = testSchemaName();
const db = testDatabaseUrl(schema);
const dir = mkdtempSync(join(tmpdir(), 'sitrep-follow-'));
afterAll(() => dropSchemas([schema]));

type StoryList = readonly { readonly id: string; readonly reports: number }[];

describe('serve follows the store', () => {
  it('shows reports another process stored, without a restart', async () => {
    expect((await cli(['ingest', EXAMPLE_DIR, '--db', db])).code).toBe(0);
    const store = await openPostgresStore(db);
    const app = await createServer({ store, token: 'test-token-0123456789', followMs: 50 });
    try {
      const base = await app.listen({ port: 0, host: '127.0.0.1' });
      const list = async () => (await (await fetch(`${base}/api/stories`)).json()) as StoryList;
      const reports = (l: StoryList) => l.reduce((n, s) => n + s.reports, 0);
      expect(reports(await list())).toBe(2);
      const file = join(dir, 'other.txt');
      writeFileSync(
        file,
        'Rebels shelled the town of Saraqib on Monday, killing three people, activists said.\n',
      );
      const other = await cli(['ingest', file, '--db', db]);
      expect(other.stdout).toMatch(/^added 1 report\(s\)/);
      await expect.poll(async () => reports(await list()), { timeout: 10_000 }).toBe(3);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
