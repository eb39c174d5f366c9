import { describe, expect, it } from 'vitest';
import { identifyReports } from '../ingest/identify-reports.js';
import { parseInput } from '../ingest/parse-input.js';
import { analyseReport } from './analyse-report.js';

/** Odd but valid report texts: the analysis must not throw, and every span must lie inside the text. */
const ODD_TEXTS: readonly (readonly [string, string])[] = [
  ['a sentence ending in a comma after its cue', 'Nine people have fled the town, the agency said,'],
  ['a cue and nothing else', 'said'],
  ['a bare "according to"', 'According to'],
  ['punctuation only after a word', 'Troops ,,, ; : — – -- …'],
  ['an unclosed quotation', '“They took the bridge, the army said'],
  ['a figure with nothing around it', '5,000'],
  ['a date alone', 'Saturday, November 26'],
  ['a colon headline', 'BREAKING: Aleppo:'],
  ['a very long sentence', `${'Rebels shelled the town and troops advanced, '.repeat(200)}officials said.`],
  ['non-Latin letters and emoji', 'Қала 😀 مدينة حلب was shelled on Friday, 3 killed.'],
  ['a line of numbers', '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20'],
];

describe('analyseReport on odd texts', () => {
  it.each(ODD_TEXTS)('%s', (_, text) => {
    const [report] = identifyReports(parseInput('odd.txt', Buffer.from(text)), []).reports;
    const a = analyseReport(report!);
    const spans = [
      ...a.sentences.map((s) => s.span),
      ...a.entities.map((e) => e.span),
      ...a.times.map((t) => t.span),
      ...a.figures.map((f) => f.span),
      ...a.attributions.flatMap((x) => [x.cue, x.content, ...(x.source ? [x.source] : [])]),
      ...a.events.map((e) => e.span),
    ];
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(report!.text.length);
      expect(s.start).toBeLessThanOrEqual(s.end);
    }
  });
});
