import { describe, expect, it } from 'vitest';
import { ANALYSIS_STAGES } from '../../analyse/analysis-stages.js';
import { EVENTS_STAGE_ID } from '../../analyse/events/events-stage.js';
import { documentId } from '../../model/ids.js';
import { AnalysisBuilder, at, makeReport } from '../../picture/fixtures/fixture-builder.js';
import { runStages } from '../../pipeline/run-stages.js';
import { mergeEntities } from '../entities/merge-entities.js';
import type { StoryDoc } from '../story-doc.js';
import { buildEvents } from './build-events.js';
import { tellingStance } from './event-telling.js';

const TEXT = 'Rebels shelled the market in Karsa on Monday. The shelling killed four people.';

/** The story's events of one hand-made report: the fixture's stage is `fixture@1`. */
const eventsOf = (text: string, build: (b: AnalysisBuilder) => void) => {
  const report = makeReport({ id: 'd1', text, published: '2024-03-05' });
  const b = new AnalysisBuilder(report);
  build(b);
  const docs: StoryDoc[] = [{ report, analysis: b.build() }];
  return buildEvents(docs, mergeEntities(docs, 's/'), () => null, [], 's/');
};

describe('eventTelling evidence: the trigger span and the producing stage', () => {
  it.each([
    ['the verb of the first sentence', 'shelled', [7, 14]],
    ['the noun of the second sentence', 'shelling', [50, 58]],
  ] as const)('%s', (_, trigger, span) => {
    const events = eventsOf(TEXT, (b) => {
      b.event({
        trigger,
        span: trigger === 'shelled' ? TEXT.slice(0, 45) : TEXT.slice(46),
        type: 'shelling',
      });
    });
    const [e] = events[0]!.evidence;
    expect([e!.triggerStart, e!.triggerEnd, e!.producer]).toEqual([...span, 'fixture@1']);
    expect(TEXT.slice(e!.triggerStart, e!.triggerEnd)).toBe(trigger);
    // the trigger lies inside the cited clause
    expect(e!.start <= e!.triggerStart && e!.triggerEnd <= e!.end).toBe(true);
  });

  it('negative: two tellings of one clause cite it once, with the first trigger, not a merged span', () => {
    const text = 'Rebels shelled and bombed the market.';
    const events = eventsOf(text, (b) => {
      b.event({ trigger: 'shelled', span: text, type: 'shelling' });
      b.event({ trigger: 'bombed', span: text, type: 'shelling' });
    });
    expect(
      events.flatMap((e) => e.evidence.map((v) => [v.start, v.end, v.triggerStart, v.triggerEnd])),
    ).toEqual([[0, 37, at(text, 'shelled').start, at(text, 'shelled').end]]);
  });

  it('carries the events stage id (with its version) when read by the real stages', () => {
    const text = 'Government forces seized the town of Karsa on Sunday.';
    const analysis = runStages(ANALYSIS_STAGES, {
      documentId: documentId('d1'),
      text,
      referenceDate: null,
      referenceWindow: null,
    });
    const report = makeReport({ id: 'd1', text });
    const docs: StoryDoc[] = [{ report, analysis }];
    const events = buildEvents(docs, mergeEntities(docs, 's/'), () => null, [], 's/');
    const evidence = events.flatMap((e) => e.evidence);
    expect(evidence.map((v) => [text.slice(v.triggerStart, v.triggerEnd), v.producer])).toEqual([
      ['seized', EVENTS_STAGE_ID],
    ]);
  });
});

describe('tellingStance', () => {
  it.each([
    ['a denied happening denies', 'denied', 'denies', 'denies'],
    ['a happening under a denial of a part in it is told', 'happened', 'denies', 'asserts'],
    ['a happening under a confirmation confirms', 'happened', 'confirms', 'confirms'],
    ['a happening told by no one is asserted', 'happened', null, 'asserts'],
    // negative: a hypothetical under a denial keeps the denial's stance
    ['negative: a hypothetical under a denial', 'hypothetical', 'denies', 'denies'],
  ] as const)('%s', (_, modality, stance, want) => expect(tellingStance(modality, stance)).toBe(want));
});
