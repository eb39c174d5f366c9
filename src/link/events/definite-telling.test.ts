import { describe, expect, it } from 'vitest';
import { ANALYSIS_STAGES } from '../../analyse/analysis-stages.js';
import { documentId } from '../../model/ids.js';
import { at } from '../../picture/fixtures/fixture-builder.js';
import { runStages } from '../../pipeline/run-stages.js';
import { definitePhrase } from './definite-telling.js';

/** definitePhrase of the trigger word `trigger` in `text`, with the date text of its time mention (if any). */
const phraseOf = (text: string, trigger: string) => {
  const analysis = runStages(ANALYSIS_STAGES, {
    documentId: documentId('d1'),
    text,
    referenceDate: null,
    referenceWindow: null,
  });
  const p = definitePhrase(text, at(text, trigger), analysis.tokens, analysis.times);
  const time = analysis.times.find((t) => t.id === p.timeId);
  return [p.definite, time ? text.slice(time.span.start, time.span.end) : null];
};

describe('definitePhrase', () => {
  it.each([
    ['the noun after "the"', 'Police said the shooting left the hall empty.', 'shooting', [true, null]],
    ['after a verb', 'Guards ran in to stop the stabbing at once.', 'stabbing', [true, null]],
    ['"this" and a plain adjective', 'Nobody expected this brutal attack in spring.', 'attack', [true, null]],
    [
      'a date inside the phrase',
      'The inquiry into the March 3 shooting goes on.',
      'shooting',
      [true, 'March 3'],
    ],
    [
      'an abbreviated month',
      'Doctors discharged the last victim of the Apr. 9 bombing.',
      'bombing',
      [true, 'Apr. 9'],
    ],
    // negatives: indefinite, distinguishing, named, too far, a verb
    ['negative: indefinite article', 'Witnesses heard a shooting near the pier.', 'shooting', [false, null]],
    ['negative: "another"', 'Officials feared another attack on the pier.', 'attack', [false, null]],
    ['negative: "the second"', 'The second shooting came an hour later.', 'shooting', [false, null]],
    [
      'negative: a capitalised name',
      'He recalled the Pinewood massacre with dread.',
      'massacre',
      [false, null],
    ],
    [
      'negative: possessive name',
      'Officials studied Tomas Berg’s killing at length.',
      'killing',
      [false, null],
    ],
    [
      'negative: a verb after "the man"',
      'Police named the man killed near the pier.',
      'killed',
      [false, null],
    ],
  ] as const)('%s', (_, text, trigger, want) => expect(phraseOf(text, trigger)).toEqual(want), 30_000);
});
