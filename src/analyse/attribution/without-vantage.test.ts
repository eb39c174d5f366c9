import { describe, expect, it } from 'vitest';
import { segmentStage } from '../segment/segment-stage.js';
import type { AttributionDraft } from './attribution-draft.js';
import { at, fixtureContext } from './test-layers.js';
import { withoutVantage } from './without-vantage.js';

const draft = (text: string, cue: string, content: string, direct = false): AttributionDraft => ({
  sentence: 0,
  source: null,
  head: null,
  cue: at(text, cue),
  content: at(text, content),
  stance: 'asserts',
  direct,
  hedgedCue: false,
  inheritsSource: false,
  rule: 'tagger',
  confidence: 0.7,
});

/** [case, sentence, cue, content, the content kept (null: no claim)]. */
const ROWS: readonly (readonly [string, string, string, string, string | null])[] = [
  [
    'the vantage read into the cue: the place is no content',
    'The network’s Ana Ruiz reports from the back of the city hall.',
    'reports from',
    'the back of the city hall',
    null,
  ],
  [
    'the vantage between cue and content',
    'The network’s Ana Ruiz reports from the back of the city hall.',
    'reports',
    'from the back of the city hall',
    null,
  ],
  [
    'a clause about the place, set off after the vantage',
    'Lena Ortiz wrote from Tirana, where she had lived for a decade.',
    'wrote',
    'she had lived for a decade',
    null,
  ],
  [
    'a progressive cue with its vantage',
    'Our reporter is reporting from inside the stadium.',
    'is reporting from',
    'inside the stadium',
    null,
  ],
  [
    'a that-clause after the vantage is the content',
    'He said from his bed in the clinic that he would not step down.',
    'said',
    'from his bed in the clinic that he would not step down',
    'he would not step down',
  ],
  [
    'the vantage in the cue, "that" before the content: unchanged',
    'The agency reported from the port that the ferry had sunk.',
    'reported from the port',
    'the ferry had sunk',
    'the ferry had sunk',
  ],
  [
    'the vantage in the gap, "that" before the content: unchanged',
    'The agency reported from the port that the ferry had sunk.',
    'reported',
    'the ferry had sunk',
    'the ferry had sunk',
  ],
  [
    'a clause right after the vantage: unchanged',
    'Officials said from the outset the scheme was flawed.',
    'said',
    'from the outset the scheme was flawed',
    'from the outset the scheme was flawed',
  ],
  [
    'negative: "reported that" has no vantage',
    'The agency reported that the ferry had sunk.',
    'reported',
    'the ferry had sunk',
    'the ferry had sunk',
  ],
  [
    'negative: a demand keeps its preposition',
    'The council called on both sides to halt the fighting.',
    'called on',
    'both sides to halt the fighting',
    'both sides to halt the fighting',
  ],
  [
    'negative: another preposition is no vantage',
    'The minister warned of a shortage of fuel.',
    'warned',
    'of a shortage of fuel',
    'of a shortage of fuel',
  ],
];

describe('withoutVantage', () => {
  it.each(ROWS)('%s', (_, text, cue, content, kept) => {
    const { tokens } = segmentStage.run({}, fixtureContext(text));
    const got = withoutVantage(text, tokens, draft(text, cue, content));
    expect(got && text.slice(got.content.start, got.content.end)).toBe(kept);
  });

  it('negative: a direct quotation after the vantage is kept', () => {
    const text = 'She wrote from Tirana: "We are safe."';
    const d = draft(text, 'wrote', 'We are safe.', true);
    expect(withoutVantage(text, [], d)).toBe(d);
  });
});
