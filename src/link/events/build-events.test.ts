import { describe, expect, it } from 'vitest';
import type { EventEvidence } from '../../model/picture.js';
import { toEvent } from './build-events.js';
import type { Telling } from './event-telling.js';

const telling = (evidence: Partial<EventEvidence>, doc = 'd1'): Telling => {
  const e = {
    documentId: doc,
    start: 10,
    end: 60,
    claimantId: null,
    stance: 'asserts',
    triggerStart: 20,
    triggerEnd: 26,
    producer: 'test@1',
    ...evidence,
  };
  return {
    mention: {
      type: 'shelling',
      modality: 'happened',
      span: { start: e.start, end: e.end },
      trigger: { start: e.start, end: e.start + 1 },
    },
    doc: {
      report: { id: doc, outlet: doc, duplicateOf: null, text: 'Mortar shells hit the market. '.repeat(4) },
    },
    range: null,
    placeId: null,
    actorIds: [],
    targetIds: [],
    figureIds: [],
    evidence: e,
    deniedClaim: false,
  } as unknown as Telling;
};

describe('toEvent', () => {
  it.each([
    ['two words of one clause cite it once', [telling({}), telling({})], [[10, 60]], 1],
    [
      'two clauses of one report: both spans',
      [telling({}), telling({ start: 70, end: 90 })],
      [
        [10, 60],
        [70, 90],
      ],
      1,
    ],
    [
      'negative: one clause under two voices is cited for each, one voice',
      [telling({}), telling({ claimantId: 's1/e:un' })],
      [
        [10, 60],
        [10, 60],
      ],
      1,
    ],
    [
      'two clauses of one report under two voices: two sources',
      [telling({}), telling({ start: 70, end: 90, claimantId: 's1/e:un' })],
      [
        [10, 60],
        [70, 90],
      ],
      2,
    ],
    [
      'two reports: each span, each a source',
      [telling({}), telling({}, 'd2')],
      [
        [10, 60],
        [10, 60],
      ],
      2,
    ],
  ])('%s', (_, tellings, spans, sources) => {
    const event = toEvent('s1/ev1', tellings, (id) => id);
    expect([event.evidence.map((e) => [e.start, e.end]), event.sources]).toEqual([spans, sources]);
  });
});

describe('toEvent extent', () => {
  const change = (placeId: string | null, extent: 'whole' | 'part' | null, doc = 'd1'): Telling => {
    const t = telling({}, doc);
    return { ...t, placeId, mention: { ...t.mention, type: 'territory_change', extent } } as Telling;
  };
  it.each([
    ['the place taken whole', [change('gao', 'whole')], 'whole'],
    ['an advance inside it', [change('gao', 'part')], 'part'],
    ['untold', [change('gao', null)], null],
    [
      'the most told, untold tellings aside',
      [
        change('gao', 'part'),
        change('gao', null, 'd2'),
        change('gao', 'whole', 'd3'),
        change('gao', 'whole', 'd4'),
      ],
      'whole',
    ],
    [
      'negative: a telling at another place does not count',
      [
        change('gao', 'whole'),
        change('gao', null, 'd2'),
        change('kidal', 'part', 'd3'),
        change('kidal', 'part', 'd4'),
      ],
      'whole',
    ],
    ['negative: no place', [change(null, 'part')], null],
  ] as const)('%s', (_, tellings, expected) => {
    expect(toEvent('s1/ev1', tellings, (id) => id).extent).toBe(expected);
  });
});
