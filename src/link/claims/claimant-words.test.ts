import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../model/entity-mention.js';
import { documentId } from '../../model/ids.js';
import { type Span, span } from '../../model/span.js';
import { mentionsIn } from './claim-test-support.js';
import { claimantWords } from './claimant-words.js';

const doc = documentId('claimant-words');
const at = (text: string, words: string): Span => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}"`);
  return span(start, start + words.length);
};

/** [case, text, source words, named mentions (the first is what the source resolves to, if `resolved`), words kept or null]. */
type Row = readonly [
  string,
  string,
  string,
  readonly (readonly [string, EntityType])[],
  boolean,
  string | null,
];

describe('claimantWords', () => {
  it.each<Row>([
    [
      'a plain source',
      'Rents rose, the housing office said.',
      'the housing office',
      [],
      false,
      'the housing office',
    ],
    [
      'a relative clause cut',
      'Rents rose, the clerks, who saw the books, said.',
      'the clerks, who saw the books',
      [],
      false,
      'the clerks',
    ],
    [
      'a day word glued before it',
      'In November a spokesperson for the bakery said sales fell.',
      'November a spokesperson for the bakery',
      [],
      false,
      'a spokesperson for the bakery',
    ],
    [
      'a closing bracket before it',
      'Sales fell (by a third) the bakery said.',
      ') the bakery',
      [],
      false,
      'the bakery',
    ],
    [
      'a resolved pronoun: the name it stands for',
      'Dana Pell spoke. She said rents rose.',
      'She',
      [['Dana Pell', 'person']],
      true,
      'Dana Pell',
    ],
    [
      'a title before a name',
      'Rents rose, President Dana Pell said.',
      'President',
      [['Dana Pell', 'person']],
      false,
      'President Dana Pell',
    ],
    [
      'a title with its article, then a name past a comma',
      'The spokesman, Ahmed Ali, said rents rose.',
      'The spokesman',
      [['Ahmed Ali', 'person']],
      false,
      'The spokesman, Ahmed Ali',
    ],
    [
      'a lone title, then a name past a comma',
      'President, Dana Pell, said rents rose.',
      'President',
      [['Dana Pell', 'person']],
      false,
      'President, Dana Pell',
    ],
    // negative rows: no usable claimant words
    ['a share', 'Rents rose (by 64%) said the survey.', '64%)', [], false, null],
    ['a bare comparative', 'More said rents rose.', 'More', [], false, null],
    ['a bare count', 'Five said rents rose.', 'Five', [], false, null],
    ['a quantified share', 'More than 60% said rents rose.', 'More than 60%', [], false, null],
    ['an unresolved pronoun', 'He said rents rose.', 'He', [], false, null],
    ['an unresolved plural pronoun', 'They said rents rose.', 'They', [], false, null],
    ['a lone title with no name', 'President said rents rose.', 'President', [], false, null],
    ['a bracket alone', 'Rents rose) said the clerk.', ')', [], false, null],
    // negative rows: kept whole
    [
      'a title with its article',
      'Rents rose, the President said.',
      'the President',
      [],
      false,
      'the President',
    ],
    [
      'no title: a name past the comma stays out',
      'The bakery, Dana Pell said, raised rents.',
      'The bakery',
      [['Dana Pell', 'person']],
      false,
      'The bakery',
    ],
    ['a count of people', 'Five tenants said rents rose.', 'Five tenants', [], false, 'Five tenants'],
    ['a name that is a month', 'May Hollis said rents rose.', 'May Hollis', [], false, 'May Hollis'],
  ])('%s', (_, text, source, names, resolved, expected) => {
    const mentions = mentionsIn(doc, text, names);
    const got = claimantWords(
      text,
      { source: at(text, source), sourceMentionId: resolved ? mentions[0]!.id : null },
      mentions,
    );
    expect(got === null ? null : text.slice(got.start, got.end)).toBe(expected);
  });

  it('names no one without a source', () => {
    expect(claimantWords('Rents rose.', { source: null, sourceMentionId: null }, [])).toBeNull();
  });
});
