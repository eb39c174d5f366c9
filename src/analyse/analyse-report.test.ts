import { describe, expect, it } from 'vitest';
import { documentId } from '../model/ids.js';
import { runStages } from '../pipeline/run-stages.js';
import { ANALYSIS_STAGES } from './analysis-stages.js';

/** Odd but valid report texts: the analysis (every stage, as analyseReport runs them) must not throw, and every
 * span must lie inside the text. */
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
    const ctx = { documentId: documentId('odd'), text, referenceDate: null, referenceWindow: null };
    const a = runStages(ANALYSIS_STAGES, ctx);
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
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.start).toBeLessThanOrEqual(s.end);
    }
  });
});
