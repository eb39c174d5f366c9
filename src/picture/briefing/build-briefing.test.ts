import { describe, expect, it } from 'vitest';
import type { StoryDoc } from '../../link/story-doc.js';
import { documentId } from '../../model/ids.js';
import { AnalysisBuilder, at, makeReport } from '../fixtures/fixture-builder.js';
import { twoReportFixture } from '../fixtures/two-report-fixture.js';
import { BRIEFING_WINDOW, buildBriefing } from './build-briefing.js';

const NO_MARKS = { figures: [], events: [], claims: [], conflicted: [] };
const story = (): StoryDoc[] => {
  const { reports, analyses } = twoReportFixture();
  return reports.map((report, i) => ({ report, analysis: analyses[i]! })).filter((d) => d.report.id !== 'dD');
};

describe('buildBriefing', () => {
  it('cites exact spans of original reports only: a wire copy adds no line', () => {
    const docs = story();
    expect(docs.map((d) => [d.report.id, d.report.duplicateOf])).toEqual([
      ['dA', null],
      ['dB', null],
      ['dC', 'dB'],
    ]);
    const briefing = buildBriefing(docs, NO_MARKS);
    expect(briefing.length).toBeGreaterThan(0);
    const text = new Map(docs.map((d) => [d.report.id as string, d.report.text]));
    for (const b of briefing) {
      expect(b.citations).toHaveLength(1);
      const c = b.citations[0]!;
      expect(c.documentId).not.toBe('dC');
      expect(text.get(c.documentId)!.slice(c.start, c.end)).toBe(b.text);
    }
    const withoutCopy = buildBriefing(
      docs.filter((d) => d.report.id !== 'dC'),
      NO_MARKS,
    );
    expect(briefing).toEqual(withoutCopy);
  });

  it('reads only the newest BRIEFING_WINDOW original reports', () => {
    const [a, b] = story();
    const many: StoryDoc[] = Array.from({ length: BRIEFING_WINDOW + 2 }, (_, k) => {
      const from = k % 2 === 0 ? a! : b!;
      return { ...from, report: { ...from.report, id: documentId(`d${String(k).padStart(4, '0')}`) } };
    });
    const cited = new Set(buildBriefing(many, NO_MARKS).map((x) => x.citations[0]!.documentId));
    expect(cited.size).toBeGreaterThan(0);
    expect([...cited].every((id) => Number(id.slice(1)) >= 2)).toBe(true);
    const windowOnly = buildBriefing(many.slice(2), NO_MARKS);
    expect(buildBriefing(many, NO_MARKS)).toEqual(windowOnly);
  });

  it('puts the newest report first, each report in text order', () => {
    const briefing = buildBriefing(story(), NO_MARKS);
    const order = briefing.map((b) => [b.citations[0]!.documentId, b.citations[0]!.start] as const);
    // every sentence of both short reports fits the budget: dB (published 2016-12-03) first, then dA
    expect(order.map(([d]) => d)).toEqual(['dB', 'dB', 'dB', 'dB', 'dB', 'dA', 'dA', 'dA', 'dA', 'dA']);
    for (let k = 1; k < order.length; k += 1)
      if (order[k]![0] === order[k - 1]![0]) expect(order[k]![1]).toBeGreaterThan(order[k - 1]![1]);
  });

  it('cites a lede without its dateline, never a credit line or a caption, and one of two redundant ledes', () => {
    const first = [
      'GENEVA (Reuters) - Flood waters cut the valley road near the old bridge on Thursday.',
      'Rescue teams moved families from the valley to the school.',
      'FILE - In this May 4, 2001, file photo, the old bridge stands over the valley river.',
      'John Doe contributed to this report.',
    ];
    const second = [
      'Flood waters closed the valley road and the old bridge, police said.',
      'Families from the valley slept in the school overnight.',
      'Jane Roe contributed to this report.',
    ];
    const report = (id: string, published: string, lines: readonly string[]): StoryDoc => {
      const text = lines.join(' ');
      const r = makeReport({ id, text, published });
      return { report: r, analysis: new AnalysisBuilder(r).build() };
    };
    const docs = [report('dF', '2024-05-01', first), report('dS', '2024-05-02', second)];
    const lede = 'Flood waters cut the valley road near the old bridge on Thursday.';
    const f = docs[0]!.report.text;
    const s2 = docs[1]!.report.text;
    const cite = (id: string, text: string, line: string) => ({
      text: line,
      citations: [{ documentId: id, ...at(text, line) }],
    });
    // dS's lede shares 6 of 11 content words with dF's (Jaccard 0.55 ≥ REDUNDANT_JACCARD): one of them is told
    expect(buildBriefing(docs, NO_MARKS)).toEqual([
      cite('dS', s2, second[1]!),
      cite('dF', f, lede),
      cite('dF', f, first[1]!),
    ]);
  });

  it('never cites a fragment of a quotation: a sentence starting inside a quote, or all quote', () => {
    const lines = [
      'Flood waters cut the valley road near the old bridge on Thursday.',
      '"We waited outside the valley school for an hour.',
      'That delay at the valley school may have cost a life," the fire chief said.',
      '"The valley road will open again on Friday," the mayor said.',
      '"I want the valley school rebuilt before the winter."',
    ];
    const text = lines.join(' ');
    const r = makeReport({ id: 'dQ', text, published: '2024-05-01' });
    const analysis = {
      ...new AnalysisBuilder(r).build(),
      sentences: lines.map((l) => ({ span: at(text, l) })),
    };
    const briefing = buildBriefing([{ report: r, analysis }], NO_MARKS);
    expect(briefing.map((b) => b.text)).toEqual([lines[0], lines[3]]);
    for (const b of briefing) expect(text.slice(b.citations[0]!.start, b.citations[0]!.end)).toBe(b.text);
  });
});
