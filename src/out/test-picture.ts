/**
 * A small hand-made Picture (an invented story) for the renderer and validator tests. Spans are found in
 * the texts by search, so the fixture cannot point past its own text.
 */
import type { Citation, Picture, PictureClaim } from '../model/picture.js';
import type { Stance } from '../model/stance.js';
import { cite, date, TEST_DOCUMENTS } from './test-picture-documents.js';

const RETOOK = 'Government forces retook the Old Quarter of Karsa on Sunday';
const KILLED = 'Around 310 civilians have been killed since February 10';
const DENIED = 'Rebels denied losing the quarter';
const FLED = 'More than 50,000 people have fled the city since February';

const claim = (
  id: string,
  claimantId: string | null,
  cue: string,
  stance: Stance,
  documentId: string,
  content: Citation,
  claimantSpan: Citation | null = null,
): PictureClaim => ({
  id,
  claimantId,
  coClaimantIds: [],
  claimantSpan,
  cue,
  stance,
  documentId,
  content,
});

/** What most test figures share; each figure states only what differs. */
const FIGURE_DEFAULTS = {
  what: null,
  value: null,
  low: null,
  high: null,
  approximate: false,
  window: null,
  placeId: 'e1',
  claimantId: null,
  coClaimantIds: [],
  claimantSpan: null,
} as const;

export const TEST_PICTURE: Picture = {
  sitrep: '0.1.0',
  documents: TEST_DOCUMENTS,
  stories: [
    {
      id: 's1',
      title: 'Army retakes Old Quarter of Karsa',
      documentIds: ['d1', 'd2', 'd3'],
      entities: [
        {
          id: 'e1',
          name: 'Karsa',
          type: 'place',
          aliases: ['the city'],
          mentions: [cite('d1', 'Karsa'), cite('d2', 'Karsa')],
          geo: { lat: 36.5, lon: 38.25, precision: 'city', gazetteerId: 'curated:karsa' },
        },
        {
          id: 'e2',
          name: 'Old Quarter',
          type: 'place',
          aliases: ['the quarter'],
          mentions: [cite('d1', 'Old Quarter')],
          geo: { lat: 36.50123, lon: 38.2555, precision: 'district', gazetteerId: null },
        },
        {
          id: 'e3',
          name: 'Army',
          type: 'organization',
          aliases: ['Government forces', 'the army', 'Troops'],
          mentions: [cite('d1', 'Government forces'), cite('d2', 'The army')],
          geo: null,
        },
        {
          id: 'e4',
          name: 'Karsa Monitor',
          type: 'organization',
          aliases: [],
          mentions: [cite('d1', 'Karsa Monitor'), cite('d2', 'Karsa Monitor')],
          geo: null,
        },
        { id: 'e5', name: 'Rebels', type: 'group', aliases: [], mentions: [cite('d1', 'Rebels')], geo: null },
      ],
      events: [
        {
          id: 'v1',
          type: 'territory_change',
          summary: 'Government forces retook the Old Quarter',
          date: { start: date('2020-03-01'), end: date('2020-03-01'), precision: 'day' },
          placeId: 'e2',
          actorIds: ['e3'],
          targetIds: ['e5'],
          figureIds: [],
          evidence: [
            { ...cite('d1', RETOOK), claimantId: 'e3', stance: 'asserts' },
            { ...cite('d3', RETOOK), claimantId: 'e3', stance: 'asserts' },
            { ...cite('d1', DENIED), claimantId: 'e5', stance: 'denies' },
          ],
          status: 'disputed',
          modality: 'happened',
          sources: 1,
        },
        {
          id: 'v2',
          type: 'displacement',
          summary: 'More than 50,000 people fled Karsa',
          date: { start: date('2020-02-01'), end: date('2020-02-29'), precision: 'month' },
          placeId: 'e1',
          actorIds: [],
          targetIds: [],
          figureIds: ['f4'],
          evidence: [{ ...cite('d2', FLED), claimantId: null, stance: 'asserts' }],
          status: 'reported',
          modality: 'happened',
          sources: 1,
        },
        {
          id: 'v3',
          type: 'casualties',
          summary: 'Around 310 civilians killed in Karsa',
          date: null,
          placeId: 'e1',
          actorIds: [],
          targetIds: [],
          figureIds: ['f1'],
          evidence: [
            { ...cite('d1', KILLED), claimantId: 'e4', stance: 'asserts' },
            { ...cite('d3', KILLED), claimantId: 'e4', stance: 'asserts' },
          ],
          status: 'corroborated',
          modality: 'happened',
          sources: 2,
        },
      ],
      figures: [
        {
          ...FIGURE_DEFAULTS,
          id: 'f1',
          measure: 'killed',
          what: 'civilians',
          value: 310,
          unit: 'people',
          approximate: true,
          asOf: date('2020-03-02'),
          window: { start: date('2020-02-10'), end: null },
          claimantId: 'e4',
          evidence: [cite('d1', 'Around 310 civilians'), cite('d3', 'Around 310 civilians')],
          seriesKey: 'killed|civilians|e1',
        },
        {
          ...FIGURE_DEFAULTS,
          id: 'f3',
          measure: 'share_controlled',
          low: 0.5,
          unit: 'share',
          asOf: date('2020-03-05'),
          claimantId: 'e4',
          evidence: [cite('d2', 'more than half of Karsa')],
          seriesKey: 'share_controlled||e1',
        },
        {
          ...FIGURE_DEFAULTS,
          id: 'f2',
          measure: 'share_controlled',
          high: 0.5,
          unit: 'share',
          approximate: true,
          asOf: date('2020-03-02'),
          claimantSpan: cite('d1', 'officials'),
          evidence: [cite('d1', 'nearly half of the city')],
          seriesKey: 'share_controlled||e1',
        },
        {
          ...FIGURE_DEFAULTS,
          id: 'f4',
          measure: 'fled',
          what: 'people',
          low: 50000,
          unit: 'people',
          asOf: date('2020-03-05'),
          window: { start: date('2020-02-01'), end: null },
          evidence: [cite('d2', 'More than 50,000 people')],
          seriesKey: 'fled|people|e1',
        },
        {
          ...FIGURE_DEFAULTS,
          id: 'f5',
          measure: 'area_controlled',
          value: 20,
          unit: 'km2',
          asOf: date('2020-03-05'),
          claimantId: 'e3',
          evidence: [cite('d2', '20 km²')],
          seriesKey: 'area_controlled||e1',
        },
      ],
      claims: [
        claim('c1', 'e3', 'said', 'asserts', 'd1', cite('d1', RETOOK)),
        claim('c2', 'e5', 'denied', 'denies', 'd1', cite('d1', 'losing the quarter')),
        claim('c3', 'e4', 'said', 'asserts', 'd2', cite('d2', 'The army holds more than half of Karsa')),
        claim(
          'c4',
          null,
          'officials said',
          'asserts',
          'd1',
          cite('d1', 'The army now holds nearly half of the city'),
          cite('d1', 'officials'),
        ),
      ],
      conflicts: [
        {
          id: 'x1',
          kind: 'evolution',
          about: 'share_controlled||e1',
          itemIds: ['f2', 'f3'],
          note: 'Army control grew from nearly half (2020-03-02) to more than half (2020-03-05).',
        },
        {
          id: 'x2',
          kind: 'denial',
          about: 'v1',
          itemIds: ['c1', 'c2'],
          note: 'Rebels deny losing the Old Quarter.',
        },
      ],
      control: [
        {
          id: 'ctl1',
          placeId: 'e2',
          periods: [
            {
              holderIds: ['e3'],
              from: date('2020-03-01'),
              dateBasis: 'event',
              until: null,
              extent: 'whole',
              status: 'disputed',
              eventIds: ['v1'],
              claimantIds: ['e3'],
              confirmations: [],
            },
          ],
          figureIds: [],
        },
      ],
      timeline: [
        { date: date('2020-02-01'), eventIds: ['v2'] },
        { date: date('2020-03-01'), eventIds: ['v1'] },
      ],
      briefing: [
        {
          text: 'Government forces retook the Old Quarter of Karsa on 1 March 2020; rebels deny it.',
          citations: [cite('d1', RETOOK), cite('d1', DENIED)],
        },
        {
          text: 'The army held nearly half of Karsa on 2 March and more than half by 5 March.',
          citations: [cite('d1', 'nearly half of the city'), cite('d2', 'more than half of Karsa')],
        },
        { text: 'More than 50,000 people have fled since February.', citations: [cite('d2', FLED)] },
      ],
    },
    {
      id: 's2',
      title: 'Flooding in Lowmarsh',
      documentIds: ['d4'],
      entities: [
        {
          id: 'e6',
          name: 'Lowmarsh',
          type: 'place',
          aliases: [],
          mentions: [cite('d4', 'Lowmarsh')],
          geo: null,
        },
      ],
      events: [],
      figures: [],
      claims: [],
      conflicts: [],
      timeline: [],
      control: [],
      briefing: [],
    },
  ],
};
