import { describe, expect, it } from 'vitest';
import { spanText } from '../../model/span.js';
import type { SentenceView } from './attribution-draft.js';
import { findQuotes, type QuoteRegion } from './find-quotes.js';
import { readRelayedQuotes } from './read-relayed-quote.js';
import { checkRow, org, person, type Row, taggedLayers } from './test-attributions.js';

/** The one relayed speaks; the outlet only passes the words on (the model has no place for it). */
const ROWS: readonly Row[] = [
  [
    'an outlet quoting someone as saying that Y: the one quoted is the source',
    'Izvestia quoted the deputy minister as saying that the talks would resume next week.',
    [org('Izvestia')],
    [
      {
        source: 'the deputy minister',
        cue: 'quoted',
        content: 'the talks would resume next week',
        stance: 'asserts',
        mention: null,
      },
    ],
  ],
  [
    'a news agency quoting a named person: the person, not the agency',
    'Reuters quoted Ivan Petrov as saying the army had pulled back from the ridge.',
    [org('Reuters'), person('Ivan Petrov')],
    [
      {
        source: 'Ivan Petrov',
        cue: 'quoted',
        content: 'the army had pulled back from the ridge',
        stance: 'asserts',
        mention: 'Ivan Petrov',
      },
    ],
  ],
  [
    'a present-tense relay the tagger may read as a noun',
    'Kommersant quotes the minister as saying the tariffs will stay.',
    [org('Kommersant')],
    [{ source: 'the minister', cue: 'quotes', content: 'the tariffs will stay', stance: 'asserts' }],
  ],
  [
    'the one quoted with an apposition: the name is the head',
    'The broadcaster quoted Lena Ortiz, the mayor of the town, as saying that the roads were closed.',
    [person('Lena Ortiz')],
    [
      {
        source: 'Lena Ortiz, the mayor of the town',
        cue: 'quoted',
        content: 'the roads were closed',
        stance: 'asserts',
        mention: 'Lena Ortiz',
      },
    ],
  ],
  [
    'a quotation after "as saying:" is direct',
    'The state news agency quoted President Lukas Berg as saying: "We will not yield."',
    [person('Lukas Berg')],
    [
      {
        source: 'President Lukas Berg',
        cue: 'quoted',
        content: 'We will not yield',
        stance: 'asserts',
        direct: true,
        mention: 'Lukas Berg',
      },
    ],
  ],
  [
    'the stance is that of the cue after "as"',
    'The daily cited an aide as warning that the ceasefire could collapse.',
    [],
    [{ source: 'an aide', cue: 'cited', content: 'the ceasefire could collapse', stance: 'warns' }],
  ],
  [
    'an object pronoun quoted stands for the person named before',
    'Lena Ortiz toured the harbour on Monday. The agency quoted her as saying the piers were safe.',
    [person('Lena Ortiz')],
    [
      {
        source: 'her',
        cue: 'quoted',
        content: 'the piers were safe',
        stance: 'asserts',
        mention: 'Lena Ortiz',
      },
    ],
  ],
  [
    'the passive: the subject was quoted, and speaks',
    'The governor was quoted as saying that the bridge would reopen in March.',
    [],
    [
      {
        source: 'The governor',
        cue: 'was quoted as saying',
        content: 'the bridge would reopen in March',
        stance: 'asserts',
      },
    ],
  ],
  [
    'a passive with the outlet as agent: the cue stops before the outlet',
    'Omar Dahl has been quoted by the daily Vesti as saying he would run again.',
    [person('Omar Dahl'), org('Vesti')],
    [
      {
        source: 'Omar Dahl',
        cue: 'has been quoted',
        content: 'he would run again',
        stance: 'asserts',
        mention: 'Omar Dahl',
      },
    ],
  ],
  [
    'a quotation before a passive relay at the sentence end',
    '"The dam is safe and will stay open," Mr Dahl was quoted as saying.',
    [person('Mr Dahl')],
    [
      {
        source: 'Mr Dahl',
        cue: 'was quoted as saying',
        content: 'The dam is safe and will stay open',
        stance: 'asserts',
        direct: true,
        mention: 'Mr Dahl',
      },
    ],
  ],
  [
    'a quotation before an active relay at the sentence end',
    '"We will not leave," the agency quoted one protester as saying.',
    [],
    [
      {
        source: 'one protester',
        cue: 'quoted',
        content: 'We will not leave',
        stance: 'asserts',
        direct: true,
      },
    ],
  ],
  [
    'negative: a relay verb with its agent inside an apposition makes no claim; the subject speaks',
    'The minister, quoted by Tass, said the plan was ready.',
    [org('Tass')],
    [{ source: 'The minister', cue: 'said', content: 'the plan was ready', stance: 'asserts' }],
  ],
];

describe('relayed quotes: "X quoted Y as saying Z" (stage, tagged tokens)', () => {
  it.each(ROWS)('%s', (_, text, entities, expected) => checkRow(text, entities, expected, true));
});

/** The sentence view of a one-sentence text over tagged tokens. */
const view = (text: string): SentenceView => {
  const { sentences, tokens } = taggedLayers(text, []);
  const quotes = findQuotes(text);
  const byClose = new Map<number, QuoteRegion>();
  for (const q of quotes) if (q.close !== null) byClose.set(q.close, q);
  return {
    text,
    index: 0,
    span: sentences[0]!.span,
    toks: tokens,
    previous: null,
    quotesByOpen: new Map(quotes.map((q) => [q.open, q])),
    quotesByClose: byClose,
  };
};

describe('readRelayedQuotes: no relay', () => {
  it.each([
    ['"as" opens no cue', 'The report cited security concerns as the reason for the delay.'],
    ['no "as" at all', 'He quoted an old proverb at the start of his speech.'],
    [
      'a relay verb inside an apposition, its speaker saying it',
      'The minister, quoted by Tass, said the plan was ready.',
    ],
    ['"as" beyond a clause end', 'She cited the law; as she said, the rules were clear.'],
    [
      'a passive with words other than the agent before "as"',
      'He was quoted widely in the press as saying it.',
    ],
    ['nothing after the cue', 'The paper quoted the mayor as saying.'],
  ])('%s: %s', (_, text) => {
    const v = view(text);
    expect(readRelayedQuotes(v).map((d) => spanText(text, d.cue))).toEqual([]);
  });
});
