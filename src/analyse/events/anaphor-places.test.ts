import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { spanText } from '../../model/span.js';
import { runStages } from '../../pipeline/run-stages.js';
import { ANALYSIS_STAGES } from '../analysis-stages.js';

/** Each event of a text analysed by every stage: trigger, type, its place mention's text, extent, rule. */
const placed = (text: string) => {
  const a = runStages(ANALYSIS_STAGES, {
    documentId: documentId('d'),
    text,
    referenceDate: null,
    referenceWindow: null,
  });
  const mention = new Map(a.entities.map((e) => [e.id, e]));
  return a.events.map((e) => {
    const p = e.placeId === null ? undefined : mention.get(e.placeId);
    return [spanText(text, e.trigger), e.type, p ? spanText(text, p.span) : null, e.extent, e.evidence.rule];
  });
};

describe('events stage: a place "the city" stands for', () => {
  it.each([
    [
      'the city named before: the event is placed at its antecedent mention, part of it',
      'Heavy shelling hit Mosul on Monday. The army has now recaptured eastern parts of the city, a monitor said.',
      ['recaptured', 'territory_change', 'Mosul', 'part', 'verb-trigger-anaphor'],
    ],
    [
      'the town, whole',
      'Rebels advanced on Mosul last week. On Sunday the army recaptured the town.',
      ['recaptured', 'territory_change', 'Mosul', 'whole', 'verb-trigger-anaphor'],
    ],
  ])('%s', (_, text, want) => {
    expect(placed(text)).toContainEqual(want);
  });

  it.each([
    [
      'negative: no place named before, so the city places nothing',
      'The army has now recaptured eastern parts of the city, a monitor said.',
      ['recaptured', 'territory_change', null, null, 'verb-trigger'],
    ],
    [
      'negative: two towns named before, so no guess',
      'Rebels advanced on Kharkiv and Mosul last week. On Sunday the army recaptured the town.',
      ['recaptured', 'territory_change', null, null, 'verb-trigger'],
    ],
  ])('%s', (_, text, want) => {
    expect(placed(text)).toContainEqual(want);
  });
});
