/** `sitrep reanalyse`: a store written by an older sitrep is brought up to date in place. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANALYSIS_STAGES } from '../../src/analyse/analysis-stages.js';
import { cli } from '../cli-harness.js';
import { EXAMPLE_DIR } from '../example-picture.js';

const db = join(mkdtempSync(join(tmpdir(), 'sitrep-reanalyse-')), 'store.db');
const producers = (): string[] =>
  new Database(db, { readonly: true })
    .prepare<[], string>('SELECT producers FROM analyses ORDER BY document_id')
    .pluck()
    .all();
const CURRENT = JSON.stringify(ANALYSIS_STAGES.map((s) => s.id));

describe('sitrep reanalyse', () => {
  beforeAll(async () => {
    expect((await cli(['ingest', EXAMPLE_DIR, '--db', db])).code).toBe(0);
  });

  it('leaves a current store as it is', async () => {
    expect(await cli(['reanalyse', '--db', db])).toEqual({
      code: 0,
      stdout: 'reanalysed 0 report(s), 2 already current\n',
      stderr: '',
    });
  });

  it('analyses again what an older sitrep stored, and stores the rebuilt picture', async () => {
    const raw = new Database(db);
    const first = raw.prepare<[], string>('SELECT id FROM reports ORDER BY seq LIMIT 1').pluck().get()!;
    raw
      .prepare('UPDATE analyses SET producers = ?, layers = ? WHERE document_id = ?')
      .run(
        '["analyse.segment@1"]',
        '{"sentences":[],"tokens":[],"entities":[],"places":[],"times":[],"figures":[],"attributions":[],"events":[]}',
        first,
      );
    raw.prepare('DELETE FROM pictures').run();
    raw.close();
    expect(producers()).toContain('["analyse.segment@1"]');
    const r = await cli(['reanalyse', '--db', db]);
    expect(r).toEqual({ code: 0, stdout: 'reanalysed 1 report(s), 1 already current\n', stderr: '' });
    expect(producers()).toEqual([CURRENT, CURRENT]);
    const picture = JSON.parse((await cli(['report', '--format', 'json', '--db', db])).stdout);
    expect(picture.documents).toHaveLength(2);
    expect(picture.stories[0].figures.length).toBeGreaterThan(5);
  });

  it('analyses everything again with --all', async () => {
    const r = await cli(['reanalyse', '--all', '--db', db]);
    expect(r.stdout).toBe('reanalysed 2 report(s), 0 already current\n');
    expect(producers()).toEqual([CURRENT, CURRENT]);
  });
});
