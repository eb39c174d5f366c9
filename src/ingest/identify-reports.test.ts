import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentId } from '../model/ids.js';
import type { IngestedReport } from '../model/report.js';
import { identifyReports, linkLateCopies, NEAR_DUPLICATE_JACCARD, reportId } from './identify-reports.js';
import { estimateJaccard } from './minhash.js';
import { parsePlainText } from './parse-plain-text.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples/aleppo-2016');
const read = (file: string): IngestedReport =>
  parsePlainText(file, readFileSync(resolve(EXAMPLES, file), 'utf8'));

const afp = read('002_59e12d0458cf2d4a.txt');
const ibt = read('000_b26fbb70385f3848.txt');
/** The AFP report as another outlet runs it: own headline, a dateline, five words edited. */
const wireCopy = parsePlainText(
  'wire.txt',
  `Title: Syrian troops seize half of rebel-held Aleppo\n\nALEPPO, Syria (AFP) - ${afp.text
    .replace('devastating', 'fierce')
    .replace('Tens of thousands', 'Thousands')
    .replace('around 60 percent', 'some 60 percent')
    .replace('bit by bit', 'step by step')
    .replace('Around 310 civilians', 'About 310 civilians')}`,
);
/** The same report rewritten: every tenth word changed. */
const rewrite = parsePlainText(
  'rewrite.txt',
  afp.text
    .split(' ')
    .map((w, i) => (i % 10 === 5 ? `${w}x` : w))
    .join(' '),
);

describe('near-duplicate threshold', () => {
  it.each([
    ['a wire copy with a new headline, dateline and edited words', wireCopy, 0.96875, true],
    ['another report on the same story', ibt, 0, false],
    ['a rewrite changing every tenth word', rewrite, 0.390625, false],
  ])('%s: estimated Jaccard %d', (_name, other, jaccard, duplicate) => {
    const j = estimateJaccard(afp.signature, other.signature);
    expect(j).toBe(jaccard);
    expect(j >= NEAR_DUPLICATE_JACCARD).toBe(duplicate);
  });
});

describe('identifyReports', () => {
  it('gives ids from the content hash', () => {
    expect(reportId('67829ee4b7eb0123456789')).toBe('d67829ee4b7eb');
    const { reports } = identifyReports([afp], []);
    expect(reports[0]?.id).toBe(`d${afp.contentHash.slice(0, 12)}`);
    expect(reports[0]?.duplicateOf).toBeNull();
  });

  it('skips exact copies of stored and earlier incoming reports', () => {
    const stored = { id: reportId(ibt.contentHash), contentHash: ibt.contentHash, signature: ibt.signature };
    const again = { ...afp, path: 'again.txt' };
    const { reports, skipped } = identifyReports([ibt, afp, again], [stored]);
    expect(reports.map((r) => r.path)).toEqual(['002_59e12d0458cf2d4a.txt']);
    expect(skipped).toEqual([
      { path: '000_b26fbb70385f3848.txt', id: reportId(ibt.contentHash) },
      { path: 'again.txt', id: reportId(afp.contentHash) },
    ]);
  });

  it('links a near-duplicate to the earliest report it copies, stored ones first', () => {
    const storedId = documentId('d000000000001');
    const stored = { id: storedId, contentHash: 'other', signature: afp.signature };
    const { reports } = identifyReports([ibt, wireCopy], [stored]);
    expect(reports.map((r) => [r.path, r.duplicateOf])).toEqual([
      ['000_b26fbb70385f3848.txt', null],
      ['wire.txt', storedId],
    ]);
  });

  it('links within a batch, and not across different reports', () => {
    const { reports } = identifyReports([afp, ibt, rewrite, wireCopy], []);
    expect(reports.map((r) => [r.path, r.duplicateOf])).toEqual([
      ['002_59e12d0458cf2d4a.txt', null],
      ['000_b26fbb70385f3848.txt', null],
      ['rewrite.txt', null],
      ['wire.txt', reportId(afp.contentHash)],
    ]);
  });
});

describe('linkLateCopies', () => {
  const late = { id: documentId('d00000000000a'), contentHash: 'late', signature: afp.signature };
  const identified = () => identifyReports([ibt, wireCopy, rewrite], []).reports;

  it('links a report to a copy of it stored meanwhile by another writer', () => {
    expect(linkLateCopies(identified(), [late]).map((r) => [r.path, r.duplicateOf])).toEqual([
      ['000_b26fbb70385f3848.txt', null],
      ['wire.txt', late.id],
      ['rewrite.txt', null],
    ]);
  });

  it('negative: keeps a link already made, and changes nothing when nothing new was stored', () => {
    const [first, copy] = identifyReports([afp, wireCopy], []).reports;
    expect(copy!.duplicateOf).toBe(first!.id);
    expect(linkLateCopies([first!, copy!], [late]).map((r) => r.duplicateOf)).toEqual([late.id, first!.id]);
    expect(linkLateCopies(identified(), [])).toEqual(identified());
  });
});
