import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { segmentStage } from '../segment/segment-stage.js';
import { calendarSurname } from './calendar-surname.js';
import { findNameRuns } from './find-name-runs.js';
import { repairRuns } from './tagger-name-runs.js';
import { typedMentions } from './test-typed-mentions.js';

const tokensOf = (text: string) =>
  segmentStage.run({}, { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null })
    .tokens;

// A month or weekday right after a known given name is a family name; after anything else it stays a date.
describe('calendarSurname', () => {
  it.each([
    ['after a female given name', 'Theresa May spoke.', 'May', true],
    ['after a male given name', 'Brian May played.', 'May', true],
    ['another month', 'Then Billy August arrived.', 'August', true],
    ['negative: after a preposition', 'It rained in May.', 'May', false],
    ['negative: after a weekday', 'On Friday May 3 it rained.', 'May', false],
    ['negative: after a surname', 'Smith May left.', 'May', false],
    ['negative: two spaces apart', 'Theresa  May spoke.', 'May', false],
    ['negative: lower case', 'Theresa may speak.', 'may', false],
  ])('%s', (_, text, word, expected) => {
    const tokens = tokensOf(text);
    const i = tokens.findIndex((t) => text.slice(t.span.start, t.span.end) === word);
    expect(calendarSurname(text, tokens, i)).toBe(expected);
  });
});

/** Runs as [surface, type, start]. */
const runs = (text: string, found: readonly { first: number; last: number; type?: unknown }[]) => {
  const tokens = tokensOf(text);
  return found.map((r) => [
    text.slice(tokens[r.first]!.span.start, tokens[r.last]!.span.end),
    r.type ?? null,
    tokens[r.first]!.span.start,
  ]);
};

describe('calendar words in name runs', () => {
  it.each([
    ['the rule finder types it PER', 'Theresa May met the envoy.', [['Theresa May', 'PER', 0]]],
    [
      'a longer run stays untyped',
      'Prime Minister Theresa May left.',
      [['Prime Minister Theresa May', null, 0]],
    ],
    ['negative: a month after a verb is no name', 'Rains fell in May.', [['Rains', null, 0]]],
    [
      'a relative day opening the sentence is no part of it',
      'Yesterday Theresa May left.',
      [['Theresa May', 'PER', 10]],
    ],
    ['the same with "Tomorrow"', 'Tomorrow Brian May plays.', [['Brian May', 'PER', 9]]],
  ])('%s', (_, text, expected) => {
    expect(runs(text, findNameRuns(text, tokensOf(text)))).toEqual(expected);
  });

  it.each([
    ['a tagged person keeps the month', 'Theresa May left.', 'Theresa May', [['Theresa May', 'PER', 0]]],
    ['negative: a tagged run splits at a date', 'Smith May 3 left.', 'Smith May', [['Smith', null, 0]]],
    ['a short month without its dot before a day is no name', 'On Feb 13 he left.', 'Feb', []],
    ['the same with "Sept"', 'By Sept 3 they left.', 'Sept', []],
    [
      'negative: the same letters before a name stay',
      'Jun Li said 5 men died.',
      'Jun Li',
      [['Jun Li', 'PER', 0]],
    ],
  ])('repairRuns: %s', (_, text, run, expected) => {
    const tokens = tokensOf(text);
    const start = text.indexOf(run);
    const first = tokens.findIndex((t) => t.span.start === start);
    const last = tokens.findIndex((t) => t.span.end === start + run.length);
    expect(runs(text, repairRuns(text, tokens, [{ first, last, type: 'PER' }]))).toEqual(expected);
  });

  it('the untagged "Theresa May" is a person (the tagger found nothing)', () => {
    const text = 'Theresa May met the envoy in May.';
    expect(
      typedMentions(text, []).map((m) => [text.slice(m.span.start, m.span.end), m.type, m.span.start]),
    ).toEqual([['Theresa May', 'person', 0]]);
  });
});
