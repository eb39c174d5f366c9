import { describe, expect, it } from 'vitest';
import { ANALYSIS_STAGES } from '../../analyse/analysis-stages.js';
import { documentId } from '../../model/ids.js';
import { makeReport } from '../../picture/fixtures/fixture-builder.js';
import { runStages } from '../../pipeline/run-stages.js';
import { mergeEntities } from '../entities/merge-entities.js';
import type { StoryDoc } from '../story-doc.js';
import { buildEvents } from './build-events.js';

/** The story's events of invented reports read by the real stages: per event, its cited spans' words. */
const eventsOf = (texts: readonly string[]) => {
  const docs: StoryDoc[] = texts.map((text, i) => ({
    report: makeReport({ id: `d${i + 1}`, text }),
    analysis: runStages(ANALYSIS_STAGES, {
      documentId: documentId(`d${i + 1}`),
      text,
      referenceDate: null,
      referenceWindow: null,
    }),
  }));
  return buildEvents(docs, mergeEntities(docs, 's/'), () => null, [], 's/').map((e) =>
    e.evidence.map((v) => texts[Number(v.documentId.slice(1)) - 1]!.slice(v.triggerStart, v.triggerEnd)),
  );
};

describe('buildEvents: "the shooting" in a story of one shooting', () => {
  it.each([
    [
      'told in two reports, it joins the placed attack',
      [
        'A gunman opened fire at a shopping mall in Tallinn on Friday, police said. The shooting lasted minutes.',
        'Police are still investigating the shooting.',
      ],
      [['opened fire', 'shooting', 'shooting']],
    ],
    [
      'negative: "the second shooting" stays apart',
      [
        'A gunman opened fire at a shopping mall in Tallinn on Friday, police said.',
        'Police are still investigating the second shooting.',
      ],
      [['opened fire'], ['shooting']],
    ],
    [
      'negative: a second attack at another place stays apart',
      [
        'A gunman opened fire at a shopping mall in Tallinn on Friday, police said.',
        'A gunman opened fire at a school in Riga on Monday.',
      ],
      [['opened fire'], ['opened fire']],
    ],
  ] as const)('%s', (_, texts, want) => expect(eventsOf(texts)).toEqual(want), 30_000);
});
