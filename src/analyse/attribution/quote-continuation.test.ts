import { describe, expect, it } from 'vitest';
import { span } from '../../model/span.js';
import { checkRow, person, type Row, runAttributions } from './test-attributions.js';

const said = (source: string, content: string) =>
  ({ source, cue: 'said', content, stance: 'asserts', direct: true, mention: source }) as const;
const uncued = (nth: number, content: string, source: string | null, mention: string | null) =>
  ({ source, cue: ['"', nth], content, stance: 'asserts', direct: true, mention }) as const;

/** A quotation no cue reaches right after a known speaker's quotation continues it: the same source words. */
const ROWS: readonly Row[] = [
  [
    'the next sentence continues the quotation: the same source',
    '"We will not leave," Ahmed said. "This is our home."',
    [person('Ahmed')],
    [said('Ahmed', 'We will not leave'), uncued(3, 'This is our home', 'Ahmed', 'Ahmed')],
  ],
  [
    'the next paragraph continues it, and the one after that too',
    '"We will not leave," Ahmed said.\n\n"This is our home and our land."\n\n"Nobody can make us go away."',
    [person('Ahmed')],
    [
      said('Ahmed', 'We will not leave'),
      uncued(3, 'This is our home and our land', 'Ahmed', 'Ahmed'),
      uncued(5, 'Nobody can make us go away', 'Ahmed', 'Ahmed'),
    ],
  ],
  [
    'a source that names no entity is carried too',
    '"We will not leave," a local farmer said. "This is our home and our land."',
    [],
    [
      { ...said('a local farmer', 'We will not leave'), mention: null },
      uncued(3, 'This is our home and our land', 'a local farmer', null),
    ],
  ],
  [
    'a claim nested in the quotation is no second speaker',
    'Ahmed said: "They told us the army would come." "This is our home and our land."',
    [person('Ahmed')],
    [
      said('Ahmed', 'They told us the army would come'),
      uncued(3, 'This is our home and our land', 'Ahmed', 'Ahmed'),
    ],
  ],
  [
    'negative: a sentence between: no source words (the speaker is still resolved as before)',
    '"We will not leave," Ahmed said. The army left the town. "This is our home and our land."',
    [person('Ahmed')],
    [said('Ahmed', 'We will not leave'), uncued(3, 'This is our home and our land', null, 'Ahmed')],
  ],
  [
    'another speaker cued in an earlier sentence is no second speaker',
    'Omar said the town fell. Ahmed said: "We will not leave." "This is our home and our land."',
    [person('Omar'), person('Ahmed')],
    [
      { source: 'Omar', cue: 'said', content: 'the town fell', stance: 'asserts', mention: 'Omar' },
      { ...said('Ahmed', 'We will not leave'), cue: ['said', 2] },
      uncued(3, 'This is our home and our land', 'Ahmed', 'Ahmed'),
    ],
  ],
  [
    'negative: two speakers cued in the sentence before: no source, no speaker',
    'Ahmed said: "We will not leave," and Omar said the army had gone. "This is our home and our land."',
    [person('Ahmed'), person('Omar')],
    [
      said('Ahmed', 'We will not leave'),
      { source: 'Omar', cue: ['said', 2], content: 'the army had gone', stance: 'asserts', mention: 'Omar' },
      uncued(3, 'This is our home and our land', null, null),
    ],
  ],
  [
    'negative: the quotation before has no known speaker: none',
    '"We will not leave this place." "This is our home and our land."',
    [],
    [
      uncued(1, 'We will not leave this place', null, null),
      uncued(3, 'This is our home and our land', null, null),
    ],
  ],
];

describe('quoteContinuation: a quotation going on from the one before', () => {
  it.each(ROWS)('%s', (_name, text, entities, expected) => checkRow(text, entities, expected));
});

describe('quoteContinuation: evidence', () => {
  it('the evidence of a continued quotation is its own words, not the sentence naming its speaker', () => {
    const text = '"We will not leave," Ahmed said. "This is our home."';
    const got = runAttributions(text, [person('Ahmed')]);
    expect(got[1]!.evidence.span).toEqual(span(text.lastIndexOf('"This'), text.lastIndexOf('home') + 4));
    expect(got[1]!.evidence.rule).toBe('quote-uncued');
  });
});
