import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { toRawOffset } from './clean-text.js';
import { readInputs } from './read-inputs.js';

const ALEPPO = resolve(import.meta.dirname, '../../examples/aleppo-2016');
const tmp = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const file = (name: string, content: string | Uint8Array): string => {
  const path = join(tmp, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};

const firstSentence = (text: string): string => text.slice(0, text.search(/[.!?](?=\s)/) + 1);

describe('readInputs on the Aleppo example directory', async () => {
  const reports = await readInputs([ALEPPO]);

  it('reads the two reports in name order (README.md skipped)', () => {
    expect(reports.map((r) => r.path)).toEqual([
      join(ALEPPO, '000_b26fbb70385f3848.txt'),
      join(ALEPPO, '002_59e12d0458cf2d4a.txt'),
    ]);
  });

  it('takes the header metadata', () => {
    expect(
      reports.map((r) => [r.format, r.title, r.outlet, r.url, r.published, r.publishedInferred]),
    ).toEqual([
      [
        'text',
        'Syrian government forces take control of nearly half of rebel-held east Aleppo',
        'International Business Times UK',
        'https://www.ibtimes.co.uk/1593864',
        '2016-11-28',
        false,
      ],
      ['text', 'Syria army controls more than half of east Aleppo', null, null, '2016-12-03', false],
    ]);
  });

  it('drops the promo line and both caption lines', () => {
    const [ibt, afp] = reports;
    expect(ibt?.raw).toContain('Visit the International Business Times UK Pictures page');
    expect(ibt?.text).not.toContain('Visit the');
    expect(ibt?.text.endsWith('There\'s fear that the regime will advance more."')).toBe(true);
    expect(afp?.raw).toContain('Residents walk through rubble in worn-torn AleppoReuters');
    expect(afp?.text).not.toContain('Residents walk through rubble');
  });

  it.each([
    [
      0,
      'Syrian government forces and their allies have taken control of nearly half of the rebel-held areas of Aleppo, according to statements released in Syria and Russia.',
    ],
    [
      1,
      "Syria's army advanced in east Aleppo Saturday in a devastating assault that has placed it in control of more than half the former rebel stronghold and sparked a civilian exodus.",
    ],
  ])('report %i starts with its first sentence, which maps back into raw', (i, sentence) => {
    const r = reports[i];
    expect(firstSentence(r?.text ?? '')).toBe(sentence);
    const start = toRawOffset(r?.offsetMap ?? [], 0) ?? -1;
    const end = toRawOffset(r?.offsetMap ?? [], sentence.length) ?? -1;
    expect(r?.raw.slice(start, end)).toBe(sentence);
  });

  it('is stable: the same text gives the same hash', async () => {
    const again = await readInputs([join(ALEPPO, '002_59e12d0458cf2d4a.txt')]);
    expect(again[0]?.contentHash).toBe(reports[1]?.contentHash);
    expect(reports[1]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('readInputs inputs', () => {
  it('walks directories recursively in sorted order, skipping dotfiles and other extensions', async () => {
    file('tree/b.txt', 'Report B.');
    file('tree/a/z.jsonl', '{"text": "Report Z."}');
    file(
      'tree/a/y.html',
      '<html><body><article><p>Report Y is long enough to be an article of twelve words or more.</p></article></body></html>',
    );
    file('tree/.hidden.txt', 'Hidden.');
    file('tree/.git/x.txt', 'Hidden.');
    file('tree/notes.md', 'Not a report.');
    const reports = await readInputs([join(tmp, 'tree')]);
    expect(reports.map((r) => r.path.slice(tmp.length))).toEqual([
      '/tree/a/y.html',
      '/tree/a/z.jsonl#L1',
      '/tree/b.txt',
    ]);
  });

  it.each([
    ['a buffer', Buffer.from('Title: From stdin\n\nThe report.')],
    ['a stream', Readable.from([Buffer.from('Title: From stdin\n\nThe '), Buffer.from('report.')])],
  ])('reads stdin from %s, once', async (_name, stdin) => {
    const reports = await readInputs(['-', '-'], { stdin });
    expect(reports.map((r) => [r.path, r.title, r.text])).toEqual([['stdin', 'From stdin', 'The report.']]);
  });
});
