import { describe, expect, it } from 'vitest';
import { runFigures } from './run-figures.js';

const REF = '2016-12-03';

describe('figuresStage: restatements in parentheses', () => {
  const restated = (text: string) => {
    const { figures } = runFigures(text, REF);
    return figures.map((f) => [
      text.slice(f.span.start, f.span.end),
      f.restates === null ? null : figures.findIndex((x) => x.id === f.restates),
    ]);
  };

  it.each([
    [
      'a restatement in other units',
      'Troops control 20 square kilometres (nearly eight square miles) of the total 45 square kilometres.',
      [
        ['20 square kilometres', null],
        ['nearly eight square miles', 0],
        ['45 square kilometres', null],
      ],
    ],
    [
      'a restatement in the same units, about the same size',
      'Some 2,000 people (about 2,100 by other counts) fled.',
      [
        ['Some 2,000 people', null],
        ['about 2,100', 0],
      ],
    ],
    [
      'negative: a different number in parentheses',
      'Troops control 20 square kilometres (30 square kilometres by other counts).',
      [
        ['20 square kilometres', null],
        ['30 square kilometres', null],
      ],
    ],
    [
      'negative: a part in parentheses',
      'Five people (three of them children) were killed.',
      [
        ['Five people', null],
        ['three of them', null],
      ],
    ],
    [
      'negative: the same size, not in parentheses',
      'Troops control 20 square kilometres, nearly eight square miles.',
      [
        ['20 square kilometres', null],
        ['nearly eight square miles', null],
      ],
    ],
  ])('restates: %s', (_, sentence, expected) => {
    expect(restated(sentence)).toEqual(expected);
  });
});

describe('figuresStage: the same sum told again later in a report', () => {
  const restated = (text: string) => {
    const { figures } = runFigures(text, REF);
    return figures.map((f) => [
      text.slice(f.span.start, f.span.end),
      f.restates === null ? null : figures.findIndex((x) => x.id === f.restates),
    ]);
  };

  it.each([
    [
      'dollars told twice',
      'The firm paid him $1.2 million. The $1.2 million was later returned.',
      [
        ['$1.2 million', null],
        ['$1.2 million', 0],
      ],
    ],
    [
      'the first telling of three',
      'Donors gave $2m. The $2 million went to food. Half the $2 million was spent.',
      [
        ['$2m', null],
        ['$2 million', 0],
        ['Half', null],
        ['$2 million', 0],
      ],
    ],
    [
      'one currency written two ways',
      'The fine was €3 million. He called 3 million euros unfair.',
      [
        ['€3 million', null],
        ['3 million euros', 0],
      ],
    ],
    [
      'the same bounds',
      'They stole more than $40,000 in phones. Police say more than $40,000 is missing.',
      [
        ['more than $40,000', null],
        ['more than $40,000', 0],
      ],
    ],
    [
      'negative: "another" makes a new sum',
      'Donors gave $5 million. Then they pledged another $5 million.',
      [
        ['$5 million', null],
        ['$5 million', null],
      ],
    ],
    [
      'negative: two sums in one sentence',
      'He left $250,000 to his son and $250,000 to his daughter.',
      [
        ['$250,000', null],
        ['$250,000', null],
      ],
    ],
    [
      'negative: other currencies',
      'It cost €3 million. Another bid was 3 million rupees. A third was £3 million.',
      [
        ['€3 million', null],
        ['3 million rupees', null],
        ['£3 million', null],
      ],
    ],
    [
      'negative: a different amount or bound',
      'They paid $1.2 million. Later it was $1.3 million, then more than $1.2 million.',
      [
        ['$1.2 million', null],
        ['$1.3 million', null],
        ['more than $1.2 million', null],
      ],
    ],
    [
      'negative: vague money',
      'He made millions of dollars. They lost millions of dollars.',
      [
        ['millions of dollars', null],
        ['millions of dollars', null],
      ],
    ],
    [
      'negative: the same sum for two different things',
      'The city spent $3 million on bridges. A charity raised $3 million from donors.',
      [
        ['$3 million', null],
        ['$3 million', null],
      ],
    ],
    [
      'the same sum for the same thing',
      'The city spent $3 million on bridges. Critics said the $3 million on bridges was wasted.',
      [
        ['$3 million', null],
        ['$3 million', 0],
      ],
    ],
    [
      'negative: counts of people are not sums',
      'The blast killed 12 people. Officials said 12 people died.',
      [
        ['12 people', null],
        ['12 people', null],
      ],
    ],
  ])('restates: %s', (_, text, expected) => {
    expect(restated(text)).toEqual(expected);
  });
});
