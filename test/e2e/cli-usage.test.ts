import { describe, expect, it } from 'vitest';
import { cli } from '../cli-harness.js';

describe('sitrep CLI usage', () => {
  it.each([
    [['--help'], 0, /Usage: sitrep \[options\] \[command\]/],
    [['ingest', '--help'], 0, /Usage: sitrep ingest \[options\] <paths\.\.\.>/],
    [['report', '--help'], 0, /--format <format>\s+md, html, json, csv \(one row per event\) or geojson/],
    [['stories', '--help'], 0, /Usage: sitrep stories \[options\]/],
    [['--version'], 0, /^0\.4\.0\n$/],
  ] as const)('%j prints help or version and exits %i', async (argv, code, out) => {
    const r = await cli(argv);
    expect(r.code).toBe(code);
    expect(r.stdout).toMatch(out);
    expect(r.stderr).toBe('');
  });

  it.each([
    [['frobnicate'], "sitrep: usage: unknown command 'frobnicate'\n"],
    [['ingest'], "sitrep: usage: missing required argument 'paths'\n"],
    [['report', '--bogus'], "sitrep: usage: unknown option '--bogus'\n"],
    [
      ['report', 'examples/aleppo-2016', '--format', 'xml'],
      'sitrep: unknown format "xml" (expected one of json, md, html, csv, geojson)\n',
    ],
    [['report', '--db', 'test-output/no-such.db'], 'sitrep: store test-output/no-such.db not found\n'],
    [['stories', '--db', 'test-output/no-such.db'], 'sitrep: store test-output/no-such.db not found\n'],
    [['reanalyse', '--db', 'test-output/no-such.db'], 'sitrep: store test-output/no-such.db not found\n'],
  ] as const)('%j fails with one line and exit 2', async (argv, err) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(err);
    expect(r.stdout).toBe('');
  });
});
