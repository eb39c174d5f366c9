import { describe, expect, it } from 'vitest';
import { spanText } from '../../model/span.js';
import { makeReport } from '../../picture/fixtures/fixture-builder.js';
import { analyseReport } from '../analyse-report.js';

/** Each figure of a text analysed by every stage: its span, its place mention's text, its rule. */
const placed = (text: string) => {
  const a = analyseReport(makeReport({ id: 'd', text }));
  const mention = new Map(a.entities.map((e) => [e.id, e]));
  return a.figures.map((f) => {
    const p = f.placeId === null ? undefined : mention.get(f.placeId);
    return [spanText(text, f.span), p ? spanText(text, p.span) : null, f.evidence.rule];
  });
};

describe('figures stage: a place "the city" stands for (geo place anaphora)', () => {
  it.each([
    [
      'a share of parts of the city named before: placed at its antecedent',
      'Heavy shelling hit Mosul on Monday. The army has now recaptured around 60 percent of eastern parts of the city.',
      ['around 60 percent of eastern parts', 'Mosul', 'digits+approximator-anaphor'],
    ],
    [
      'a share of the town itself',
      'Rebels advanced on Mosul last week. On Sunday the army held half of the town.',
      ['half of the town', 'Mosul', 'fraction-anaphor'],
    ],
    [
      'a count in the city',
      'Shelling hit Mosul on Monday. In the city, 12 people were killed.',
      ['12 people', 'Mosul', 'digits-anaphor'],
    ],
    [
      'negative: a place named in the phrase is no anaphor',
      'Heavy shelling hit Mosul on Monday. The army now holds 60 percent of eastern Mosul.',
      ['60 percent of eastern Mosul', 'Mosul', 'digits'],
    ],
    [
      'negative: no place named before, so the city places nothing',
      'The army has now recaptured around 60 percent of eastern parts of the city.',
      ['around 60 percent of eastern parts', null, 'digits+approximator'],
    ],
    [
      'negative: two towns named before, so no guess',
      'Rebels advanced on Kharkiv and Mosul last week. On Sunday the army held half of the town.',
      ['half of the town', null, 'fraction'],
    ],
  ])('%s', (_, text, want) => {
    expect(placed(text)).toContainEqual(want);
  });
});
