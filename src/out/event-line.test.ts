import { describe, expect, it } from 'vitest';
import type { EventEvidence, PictureDocument, PictureEvent } from '../model/picture.js';
import { eventGist } from './event-gist.js';
import { eventLine } from './story-views.js';

const event = (
  status: PictureEvent['status'],
  modality: string,
  sources: number,
  evidence: readonly EventEvidence[] = [],
): PictureEvent => ({
  id: 'ev1',
  type: 'air_strike',
  summary: 'Air strike in Karsa',
  date: null,
  placeId: null,
  actorIds: [],
  targetIds: [],
  figureIds: [],
  evidence,
  status,
  modality,
  sources,
  extent: null,
});

const TEXT =
  'On Monday, jets of the air force struck the old market of Karsa twice before dawn, killing traders. ' +
  'Residents fled.\nJets struck. Then they left.';

const DOCS: readonly PictureDocument[] = [
  {
    id: 'd1',
    path: 'karsa.txt',
    title: null,
    outlet: null,
    url: null,
    published: null,
    publishedInferred: false,
    duplicateOf: null,
    text: TEXT,
  },
];

/** The evidence of the first occurrence of `quote` in d1 (or in `documentId`, which may be unknown). */
const at = (quote: string, documentId = 'd1'): EventEvidence => {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  const end = start + quote.length;
  return {
    documentId,
    start,
    end,
    claimantId: null,
    stance: 'asserts',
    triggerStart: start,
    triggerEnd: end,
    producer: 'test@1',
  };
};

describe('eventLine', () => {
  it.each([
    ['reported', 'happened', 1, 'reported, 1 source'],
    ['corroborated', 'happened', 3, 'corroborated, 3 sources'],
    ['disputed', 'hypothetical', 1, 'disputed, hypothetical, 1 source'],
    // an event only named where its source declines to speak of it
    ['reported', 'happened', 0, 'reported, no source vouches for it'],
  ] as const)('%s %s %d → %s', (status, modality, sources, expected) => {
    const line = eventLine(
      event(status, modality, sources),
      () => [7],
      () => null,
    );
    expect([line.text, line.gist, line.status, line.cites]).toEqual([
      'Air strike in Karsa',
      null,
      expected,
      [7],
    ]);
  });

  it('says what happened in the words of its telling', () => {
    const e = event('reported', 'happened', 1, [at('jets of the air force struck')]);
    expect(
      eventLine(
        e,
        () => [1],
        (x) => eventGist(x, DOCS),
      ).gist,
    ).toBe('jets of the air force struck');
  });
});

describe('eventGist', () => {
  it.each([
    // a clause of twelve words or fewer, whole
    [
      [at('jets of the air force struck the old market of Karsa twice')],
      'jets of the air force struck the old market of Karsa twice',
    ],
    // longer: cut after twelve words, at a word boundary
    [
      [at('On Monday, jets of the air force struck the old market of Karsa twice before dawn')],
      'On Monday, jets of the air force struck the old market of…',
    ],
    // never past the sentence's end (a span over two sentences), nor past a line break
    [[at('killing traders. Residents fled.')], 'killing traders'],
    [[at('Residents fled.\nJets struck')], 'Residents fled'],
    // the first evidence with words; evidence in an unknown document or outside the text is skipped
    [[at('Jets struck', 'd9'), at('Then they left')], 'Then they left'],
    [[{ ...at('Jets struck'), end: TEXT.length + 5 }, at('Residents fled')], 'Residents fled'],
    // no evidence, or only empty spans: no gist
    [[], null],
    [[{ ...at('Jets struck'), end: at('Jets struck').start }], null],
  ] as const)('%#: %j', (evidence, expected) => {
    expect(eventGist(event('reported', 'happened', 1, evidence), DOCS)).toBe(expected);
  });

  const CLAUSE = at(
    'On Monday, jets of the air force struck the old market of Karsa twice before dawn, killing traders',
  );
  it.each([
    // the first anchor inside the clause (the actor "jets") is its third word: from the start, cut after twelve
    [
      [at('Karsa'), at('jets of the air force')],
      'On Monday, jets of the air force struck the old market of…',
    ],
    // an anchor late in the clause: its last twelve words, cut before
    [[at('traders')], '…force struck the old market of Karsa twice before dawn, killing traders'],
    // an anchor in the middle: from four words before it
    [[at('struck')], '…of the air force struck the old market of Karsa twice before…'],
    // negative: anchors in another document or outside the clause are ignored (the clause's start)
    [[at('Residents', 'd9'), at('Residents')], 'On Monday, jets of the air force struck the old market of…'],
  ] as const)('anchored %#: %j', (anchors, expected) => {
    expect(eventGist(event('reported', 'happened', 1, [CLAUSE]), DOCS, [anchors])).toBe(expected);
  });

  it.each([
    // the first set with an anchor inside the clause counts, even when a later set's anchor comes first
    [
      [[at('market')], [at('jets')]],
      '…force struck the old market of Karsa twice before dawn, killing traders',
    ],
    // a set with no anchor inside is passed over
    [[[at('Residents')], [at('struck')]], '…of the air force struck the old market of Karsa twice before…'],
    [[[], []], 'On Monday, jets of the air force struck the old market of…'],
  ] as const)('anchor sets %#: %j', (sets, expected) => {
    expect(eventGist(event('reported', 'happened', 1, [CLAUSE]), DOCS, sets)).toBe(expected);
  });
});
