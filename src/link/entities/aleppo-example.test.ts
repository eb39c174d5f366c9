import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_STAGES } from '../../analyse/analysis-stages.js';
import { documentId } from '../../model/ids.js';
import { makeReport } from '../../picture/fixtures/fixture-builder.js';
import { runStages } from '../../pipeline/run-stages.js';
import { mergeEntities } from './merge-entities.js';

// The bundled example's second report (its `Key: value` header ends at the first blank line), and a report
// written for this test that names the monitor only by its acronym.
const raw = readFileSync(
  new URL('../../../examples/aleppo-2016/002_59e12d0458cf2d4a.txt', import.meta.url),
  'utf8',
);
const texts = [
  raw.slice(raw.indexOf('\n\n') + 2),
  'SOHR said 12 more civilians were killed in Aleppo on Sunday.',
];
const docs = texts.map((text, i) => {
  const report = makeReport({ id: `d${i + 1}`, text });
  const ctx = { documentId: documentId(`d${i + 1}`), text, referenceDate: null, referenceWindow: null };
  return { report, analysis: runStages(ANALYSIS_STAGES, ctx) };
});
const index = mergeEntities(docs, 's1/');
const cite = (c: { documentId: string; start: number; end: number }) =>
  texts[Number(c.documentId.slice(1)) - 1]!.slice(c.start, c.end);

describe('the Aleppo example: one Observatory across its names and references', () => {
  const sohr = index.entities.find((e) => e.id === 's1/e:syrian-observatory-for-human-rights')!;

  it('cites the full name, SOHR, "the Observatory", "the Britain-based Observatory" and "the monitor"', () => {
    expect(sohr.name).toBe('Syrian Observatory for Human Rights');
    expect(sohr.aliases).toEqual(['SOHR']);
    expect([...new Set(sohr.mentions.map(cite))].sort()).toEqual([
      'SOHR',
      'Syrian Observatory for Human Rights',
      'The Observatory',
      'the Britain-based Observatory',
      'the Observatory',
      'the monitor',
    ]);
  });

  it('gives every attribution to those names one claimant', () => {
    const claimants = docs.flatMap((d) =>
      d.analysis.attributions
        .filter(
          (a) =>
            a.source && /Observatory|monitor|SOHR/.test(d.report.text.slice(a.source.start, a.source.end)),
        )
        .map((a) => index.entityOf(a.sourceMentionId)),
    );
    expect(claimants.length).toBeGreaterThanOrEqual(6);
    expect(new Set(claimants)).toEqual(new Set([sohr.id]));
  });

  it('keeps "in Damascus"-style places apart from the governments that speak', () => {
    expect(index.entities.find((e) => e.id === 's1/e:russian-government')?.type).toBe('organization');
    expect(index.entities.find((e) => e.id === 's1/e:moscow')?.type).toBe('place');
  });
});
