import { describe, expect, it } from 'vitest';
import { runFigures } from './run-figures.js';

const spans = (text: string) =>
  runFigures(text, '2016-12-03').figures.map((f) => text.slice(f.span.start, f.span.end));

describe('figuresStage: ages are not figures', () => {
  it.each([
    ['a pronoun and "was"', 'The abuse began when he was 14.', []],
    ['a pronoun, "was only"', 'She was only 9 when the war began.', []],
    ['a name and "was"', 'Mr Kovac was 24 at the time.', []],
    ['"who was" in apposition', 'The boy, who was 12, was hit.', []],
    ['"turned"', 'He turned 30 last week.', []],
    ['a glued verb', "He's 14, his father said.", []],
    ['a number word', 'She left school when she was sixteen.', []],
    ['an opening "At"', 'At 17, he joined the army.', []],
    ['a hyphened age', 'The 26-year-old was arrested.', []],
    ['"aged"', 'A man aged 31 was detained.', []],
    ['an age in apposition', 'Omar Lind, 26, a student, was shot.', []],
    ['an age kept apart from a count', 'When he was 14, 3 soldiers were killed.', ['3 soldiers']],
    ['negative: a count before the verb', '14 were killed in the blast.', ['14']],
    ['negative: a time noun counts', 'The curfew was 24 hours.', []],
    ['negative: a share', 'Inflation was 14 percent.', ['14 percent']],
    ['negative: a measure subject', 'The death toll was 24.', ['24']],
    ['negative: a plural subject', 'Casualties were 40 on Monday.', ['40']],
    ['negative: a count after the verb', 'He was 1 of 14 people hurt.', ['1', '14 people']],
    ['negative: a counted noun after a name', 'Mr Kovac was 24 votes short.', ['24 votes short']],
    ['negative: "At" without a pronoun', 'At 17, the toll rose again.', ['17']],
  ])('%s', (_, text, want) => {
    expect(spans(text)).toEqual(want);
  });
});
