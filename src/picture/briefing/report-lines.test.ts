import { describe, expect, it } from 'vitest';
import type { StoryDoc } from '../../link/story-doc.js';
import { span } from '../../model/span.js';
import { AnalysisBuilder, at, makeReport } from '../fixtures/fixture-builder.js';
import { reportLines } from './report-lines.js';

/** A report whose analysis has exactly these sentences (each found in the text). */
const doc = (text: string, sentences: readonly string[]): StoryDoc => {
  const report = makeReport({ id: 'dR', text });
  const analysis = {
    ...new AnalysisBuilder(report).build(),
    sentences: sentences.map((s) => ({ span: at(text, s) })),
  };
  return { report, analysis };
};

const lines = (d: StoryDoc) => reportLines(d).map((l) => [l.index, l.start, l.end, l.text, l.words]);

describe('reportLines', () => {
  it('cuts a dateline from the cited span, drops credits, fragments and headlines', () => {
    const head = 'Valley floods kill five';
    const lede = 'PARIS (AP) — Heavy rain flooded the river valley on Thursday, the fire service said.';
    const second = 'Flood waters reached the old stone bridge by noon.';
    const credit = 'Jane Roe contributed to this report.';
    const fragment = 'It rained again.';
    const text = [head, lede, second, credit, fragment].join('\n\n');
    const d = doc(text, [head, lede, second, credit, fragment]);
    const body = 'Heavy rain flooded the river valley on Thursday, the fire service said.';
    const from = at(text, body).start;
    expect(lines(d)).toEqual([
      [1, from, from + body.length, body, 12],
      [2, at(text, second).start, at(text, second).end, second, 9],
    ]);
    for (const l of reportLines(d)) expect(text.slice(l.start, l.end)).toBe(l.text);
  });

  it('trims white space around a sentence span', () => {
    const text = '  Rescue teams moved families out of riverside homes.   ';
    const d = doc(text, []);
    const whole: StoryDoc = {
      ...d,
      analysis: { ...d.analysis, sentences: [{ span: span(0, text.length) }] },
    };
    expect(lines(whole)).toEqual([[0, 2, 53, 'Rescue teams moved families out of riverside homes.', 8]]);
  });

  it('furniture lines are dropped whatever their length; a trimmed line under six words is a fragment', () => {
    const items = [
      'LONDON (Reuters) - Rain fell all day.',
      'Write to Jane Roe at jane.roe@example.org about the floods.',
    ];
    const text = items.join(' ');
    expect(lines(doc(text, items))).toEqual([]);
  });

  it('six words make a line', () => {
    const text = 'Rain flooded the valley on Thursday.';
    expect(lines(doc(text, [text]))).toEqual([[0, 0, 36, text, 6]]);
  });

  it('keeps the lines of a report made only of headlines, still without furniture or fragments', () => {
    const items = [
      'Valley floods kill five as river bursts banks',
      'Rescue teams move families from riverside homes',
      'Related: Five things to know about floods',
      'Bridge shut',
    ];
    const text = items.join('\n');
    expect(lines(doc(text, items)).map(([index]) => index)).toEqual([0, 1]);
  });

  it('a closing quote or bracket after the full stop still ends a sentence', () => {
    const items = [
      '"We have lost everything in the water," she said.',
      'The river rose two metres overnight (police said.)',
    ];
    const headline = 'Five killed in valley floods on Thursday night';
    const text = [headline, ...items].join(' ');
    expect(lines(doc(text, [headline, ...items])).map(([index]) => index)).toEqual([1, 2]);
  });

  it('keeps a fragment of a quotation as a line that does not read alone', () => {
    const items = [
      '"We waited outside the school for an hour.',
      'That delay may have cost a life," the fire chief said.',
      '"The road will open again on Friday," the mayor said.',
      '"I want the school rebuilt before the winter."',
    ];
    const text = items.join(' ');
    expect(reportLines(doc(text, items)).map((l) => [l.index, l.readsAlone])).toEqual([
      [0, false],
      [1, false],
      [2, true],
      [3, false],
    ]);
  });

  it('no sentences → no lines', () => {
    expect(reportLines(doc('', []))).toEqual([]);
  });
});
