import { describe, expect, it } from 'vitest';
import { runFigures } from './run-figures.js';

const spans = (text: string) =>
  runFigures(text, '2016-12-03').figures.map((f) => text.slice(f.span.start, f.span.end));

describe('figuresStage: digits glued after a product or label word are part of a name', () => {
  it.each([
    ['a camel-case product', 'Apple sold the iPhone 4 in June.', []],
    ['an aircraft model', 'A Boeing 777 crashed near the coast.', []],
    ['a numbered event', 'He watched Super Bowl 50 in a bar.', []],
    ['a numbered group at the sentence start', 'Group 1 has boarded.', []],
    ['a road', 'Police closed Loop 286 after the crash.', []],
    ['a product before a comma', 'It runs on Windows 10, the firm said.', []],
    ['negative: a sentence opener', 'Only 12 survived the crash.', ['12']],
    ['negative: a determiner', 'The 10 arrested were freed.', ['10']],
    ['negative: an approximator', 'Some 40 arrived by bus.', ['Some 40']],
    ['negative: a headline cue word', 'Quake Kills 300 near the coast.', ['300']],
    ['negative: a title-case line', 'Blast Leaves 3 Dead.', ['3 Dead']],
    ['negative: an owner', "Lee's 40 led the scoring.", ['40']],
    ['negative: a number with thousands', 'Officials in Homs counted 1,200 in the camp.', ['1,200']],
    ['negative: a counted noun after it', 'Hamas 40 fighters crossed.', ['40 fighters']],
    [
      'a channel before another capitalised word',
      'An aide told Nile 24 TV late Monday that talks failed.',
      [],
    ],
    ['a channel and its show', 'A Channel 4 News crew filmed 12 soldiers.', ['12 soldiers']],
    ['a model before a singular noun', 'The Boeing 747 jet carried 300 passengers.', ['300 passengers']],
    ['a mission before a singular noun', 'The Gemini 7 mission ended after 14 orbits.', ['14 orbits']],
    ['a station at the sentence end', 'She works for Fox 5.', []],
    ['negative: a weekday before the number', 'Officials said Monday 40 were killed.', ['40']],
    [
      'negative: capitalised people after the name',
      'Police in Gaza 40 Palestinians held.',
      ['40 Palestinians'],
    ],
    ['negative: one before a singular noun', 'Oxfam sent 1 truck.', ['1 truck']],
    ['digits before a name and a singular noun', 'He wrote for the 38 North website in 2013.', []],
    ['a channel name before a singular noun', 'The 9 News bulletin aired late.', []],
    ['negative: a collective people noun', 'Police said 5 Israeli police were hurt.', ['5 Israeli police']],
    ['negative: a plural noun after the name', 'They found 12 Hezbollah rockets.', ['12 Hezbollah rockets']],
  ])('%s', (_, text, want) => {
    expect(spans(text)).toEqual(want);
  });
});
