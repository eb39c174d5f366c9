/** The CLI over a store: ingest is idempotent, bad inputs leave the store exactly as it was (issue 2 §5, §6). */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli-harness.js';
import { EXAMPLE_DIR } from '../example-picture.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
const db = join(dir, 'store.db');
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const digest = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('sitrep ingest / report / stories over a store', () => {
  beforeAll(async () => {
    const r = await cli(['ingest', EXAMPLE_DIR, '--db', db]);
    expect(r).toEqual({
      code: 0,
      stdout: 'added 2 report(s), 0 already stored, 0 near-duplicate(s) linked\n',
      stderr: '',
    });
  });

  it('is idempotent: the same reports again add nothing', async () => {
    const r = await cli(['ingest', EXAMPLE_DIR, '--db', db]);
    expect(r.stdout).toBe('added 0 report(s), 2 already stored, 0 near-duplicate(s) linked\n');
  });

  it('lists the story and writes its picture from the store', async () => {
    const stories = await cli(['stories', '--db', db]);
    expect(stories.code).toBe(0);
    expect(stories.stdout).toMatch(/^s1\t2 reports\t\d+ events\t\d+ figures\t\d+ conflicts\t.*Aleppo.*\n$/);
    const json = await cli(['report', '--format', 'json', '--db', db]);
    expect(JSON.parse(json.stdout).documents).toHaveLength(2);
    const fromEnv = await cli(['stories'], { env: { SITREP_DB: db } });
    expect(fromEnv.stdout).toBe(stories.stdout);
  });

  it('exports the stored picture as CSV (one row per event) and GeoJSON', async () => {
    const json = JSON.parse((await cli(['report', '--format', 'json', '--db', db])).stdout);
    const events = json.stories.flatMap((s: { events: unknown[] }) => s.events).length;
    const csv = await cli(['report', '--format', 'csv', '--db', db]);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'event_date,event_type,sub_event_type,actor1,actor2,location,latitude,longitude,geo_precision,source,notes,' +
        'fatalities_low,fatalities_high',
    );
    expect(lines.filter((l) => /^(\d{4}-\d\d-\d\d)?,/.test(l))).toHaveLength(events);
    const geo = JSON.parse((await cli(['report', '--format', 'geojson', '--db', db])).stdout);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBeGreaterThan(0);
    expect(geo.features.every((f: { geometry: { type: string } }) => f.geometry.type === 'Point')).toBe(true);
  });

  it('with --skip-bad, leaves out a bad input with one warning and reads the rest', async () => {
    const bad = file('skip-empty.txt', '');
    const r = await cli(['report', EXAMPLE_DIR, bad, '--format', 'json', '--skip-bad']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`sitrep: skipped ${bad}: input is empty\n`);
    expect(JSON.parse(r.stdout).documents).toHaveLength(2);
    const before = digest(db);
    const i = await cli(['ingest', EXAMPLE_DIR, bad, '--db', db, '--skip-bad']);
    expect(i).toEqual({
      code: 0,
      stdout: 'added 0 report(s), 2 already stored, 0 near-duplicate(s) linked\n',
      stderr: `sitrep: skipped ${bad}: input is empty\n`,
    });
    expect(digest(db)).toBe(before);
  });

  it('links a wire copy read from stdin as a near-duplicate', async () => {
    const original = readFileSync(join(EXAMPLE_DIR, '002_59e12d0458cf2d4a.txt'), 'utf8')
      .split('\n\n')
      .slice(1)
      .join('\n\n');
    const copy = `Title: Syrian troops take more of Aleppo\nOutlet: Some Daily\n\n${original.replace("Syria's army", 'The Syrian army')}`;
    const r = await cli(['ingest', '-', '--db', db], { stdin: copy });
    expect(r.stdout).toBe('added 1 report(s), 0 already stored, 1 near-duplicate(s) linked\n');
    const picture = JSON.parse((await cli(['report', '--format', 'json', '--db', db])).stdout);
    const linked = picture.documents.filter((d: { duplicateOf: string | null }) => d.duplicateOf !== null);
    expect(linked).toHaveLength(1);
    expect(linked[0].outlet).toBe('Some Daily');
  });

  it.each([
    ['empty.txt', () => file('empty.txt', ''), /^sitrep: .*empty\.txt: input is empty\n$/],
    ['blank.txt', () => file('blank.txt', ' \n\n\t\n'), /^sitrep: .*blank\.txt: input is empty\n$/],
    [
      'image.txt',
      () => file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      /^sitrep: .*image\.txt: input looks binary \(PNG image\), not text, HTML or JSON\n$/,
    ],
    [
      'latin1.txt',
      () => file('latin1.txt', Buffer.from('Caf\xe9 in Aleppo, said the monitor.', 'latin1')),
      /^sitrep: .*latin1\.txt: input is not valid UTF-8 \(first bad byte at offset 3\)\n$/,
    ],
    [
      'broken.jsonl',
      () => file('broken.jsonl', '{"text": "ok report about Aleppo"}\n{"text": "unterminated\n'),
      /^sitrep: .*broken\.jsonl: broken JSON on line 2: .+\n$/,
    ],
    [
      'nothing.html',
      () =>
        file(
          'nothing.html',
          '<!doctype html><html><head><title>x</title></head><body><nav>menu</nav></body></html>',
        ),
      /^sitrep: .*nothing\.html: HTML has no readable article text\n$/,
    ],
    [
      'huge.txt',
      () => {
        const path = file('huge.txt', '');
        truncateSync(path, 100 * 1024 * 1024);
        return path;
      },
      /^sitrep: .*huge\.txt: input is 104857600 bytes, over the limit of 52428800 bytes\n$/,
    ],
  ])('refuses %s with one line, exit 2, and leaves the store untouched', async (_name, make, message) => {
    const before = digest(db);
    const documents = async () =>
      JSON.parse((await cli(['report', '--format', 'json', '--db', db])).stdout).documents.length;
    const count = await documents();
    const path = make();
    const r = await cli(['ingest', EXAMPLE_DIR, path, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(digest(db)).toBe(before);
    expect(await documents()).toBe(count);
    const report = await cli(['report', path, '--format', 'json']);
    expect(report.code).toBe(2);
    expect(report.stderr).toBe(r.stderr);
  });

  it('refuses to use a file that is not a sitrep store, without changing it', async () => {
    const notDb = file('notes.txt', 'my notes\n');
    const r = await cli(['ingest', EXAMPLE_DIR, '--db', notDb]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sitrep: cannot open store .*notes\.txt: .+\n$/);
    expect(readFileSync(notDb, 'utf8')).toBe('my notes\n');
  });
});
