import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { isSitrepError } from '../errors/sitrep-error.js';
import { EMPTY_PAGE } from './html-fixtures.js';
import { readInputs } from './read-inputs.js';

const tmp = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const file = (name: string, content: string | Uint8Array): string => {
  const path = join(tmp, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};

/** The parser's own message (its wording differs between Node versions). */
const jsonError = (s: string): string => {
  try {
    JSON.parse(s);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

const rejection = async (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('readInputs errors', () => {
  const png = Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ]);
  const cases: [string, () => string, string, (path: string) => string][] = [
    [
      'missing',
      () => join(tmp, 'missing.txt'),
      'SITREP_INPUT_NOT_FOUND',
      (p) => `${p}: no such file or directory`,
    ],
    ['empty', () => file('empty.txt', ''), 'SITREP_INPUT_EMPTY', (p) => `${p}: input is empty`],
    [
      'whitespace only',
      () => file('blank.txt', ' \n\t\r\n'),
      'SITREP_INPUT_EMPTY',
      (p) => `${p}: input is empty`,
    ],
    [
      'PNG',
      () => file('photo.txt', png),
      'SITREP_INPUT_BINARY',
      (p) => `${p}: input looks binary (PNG image), not text, HTML or JSON`,
    ],
    [
      'latin-1',
      () => file('latin1.txt', Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' in Aleppo.')])),
      'SITREP_INPUT_ENCODING',
      (p) => `${p}: input is not valid UTF-8 (first bad byte at offset 3)`,
    ],
    [
      'broken JSONL',
      () => file('broken.jsonl', '{"text": "ok"}\n{"text": "no end}\n'),
      'SITREP_INPUT_JSON',
      (p) => `${p}: broken JSON on line 2: ${jsonError('{"text": "no end}')}`,
    ],
    [
      'JSONL smuggling a NUL into its text',
      () => file('nul.jsonl', '{"text": "ok"}\n{"text": "Aleppo\\u0000 fell."}\n'),
      'SITREP_INPUT_BINARY',
      (p) => `${p}#L2: input looks binary (control characters in "text"), not text, HTML or JSON`,
    ],
    [
      'JSONL without text',
      () => file('notext.jsonl', '{"title": "x"}'),
      'SITREP_INPUT_JSONL_FIELD',
      (p) => `${p}: line 1 has neither "text" nor "html"`,
    ],
    [
      'HTML without article',
      () => file('empty.html', EMPTY_PAGE),
      'SITREP_INPUT_HTML',
      (p) => `${p}: HTML has no readable article text`,
    ],
    [
      'only boilerplate',
      () => file('promo.txt', 'Follow us on Twitter\n'),
      'SITREP_INPUT_NO_TEXT',
      (p) => `${p}: no report text left after cleaning`,
    ],
    [
      'bad date',
      () => file('date.txt', 'Published: someday\n\nText.'),
      'SITREP_INPUT_METADATA',
      (p) => `${p}: bad metadata: published "someday" is not a date`,
    ],
  ];

  it.each(cases)('%s', async (_name, make, code, message) => {
    const path = make();
    const e = await rejection(readInputs([path]));
    expect(isSitrepError(e, code as never)).toBe(true);
    expect((e as Error).message).toBe(message(path));
  });

  it('refuses a 100 MB file from its size, before reading it', async () => {
    const path = file('big.txt', '');
    truncateSync(path, 100 * 1024 * 1024);
    const started = performance.now();
    const e = await rejection(readInputs([path]));
    expect(performance.now() - started).toBeLessThan(500);
    expect(isSitrepError(e, 'SITREP_INPUT_TOO_LARGE')).toBe(true);
    expect((e as Error).message).toBe(`${path}: input is 104857600 bytes, over the limit of 52428800 bytes`);
  });

  it('refuses stdin over the limit', async () => {
    const e = await rejection(
      readInputs(['-'], {
        stdin: Readable.from([Buffer.alloc(8, 0x61), Buffer.alloc(8, 0x61)]),
        maxBytes: 10,
      }),
    );
    expect((e as Error).message).toBe('stdin: input is 16 bytes, over the limit of 10 bytes');
  });

  it('validates every input before returning any: one bad file fails the batch', async () => {
    const good = file('good.txt', 'A good report.');
    const e = await rejection(readInputs([good, file('bad.txt', '')]));
    expect(isSitrepError(e, 'SITREP_INPUT_EMPTY')).toBe(true);
  });

  it('with onSkip, leaves every bad input out and reports each, in order', async () => {
    const dir = join(tmp, 'mixed');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a-good.txt'), 'A good report.');
    writeFileSync(join(dir, 'b-empty.txt'), '');
    writeFileSync(join(dir, 'c-broken.jsonl'), '{"text": "x"');
    writeFileSync(join(dir, 'd-good.txt'), 'Another good report.');
    const big = file('big-skip.txt', '');
    truncateSync(big, 64);
    const skipped: string[] = [];
    const reports = await readInputs([dir, big, '-'], {
      maxBytes: 32,
      stdin: Buffer.alloc(0),
      onSkip: (e) => skipped.push(`${e.code} ${e.message}`),
    });
    expect(reports.map((r) => r.text)).toEqual(['A good report.', 'Another good report.']);
    expect(skipped).toEqual([
      `SITREP_INPUT_TOO_LARGE ${big}: input is 64 bytes, over the limit of 32 bytes`,
      `SITREP_INPUT_EMPTY ${join(dir, 'b-empty.txt')}: input is empty`,
      expect.stringMatching(/^SITREP_INPUT_JSON .*c-broken\.jsonl: broken JSON on line 1: /),
      'SITREP_INPUT_EMPTY stdin: input is empty',
    ]);
  });

  it('with onSkip, a missing path still fails', async () => {
    const e = await rejection(readInputs([join(tmp, 'no-such-file.txt')], { onSkip: () => undefined }));
    expect(isSitrepError(e, 'SITREP_INPUT_NOT_FOUND')).toBe(true);
  });
});
