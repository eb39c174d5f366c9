import { describe, expect, it } from 'vitest';
import type { StoryDoc } from '../../link/story-doc.js';
import { span } from '../../model/span.js';
import { AnalysisBuilder, at, makeReport } from '../fixtures/fixture-builder.js';
import { reportLines } from './report-lines.js';

/** A report whose analysis has exactly these sentences (each found in the text). */
const doc = (text: string, sentences: readonly string[]): StoryDoc => {
  const report = makeReport({ id: 'dR', text });
  const analysis = {
    ...new AnalysisBuilder(report).build(),
    sentences: sentences.map((s) => ({ span: at(text, s) })),
  };
  return { report, analysis };
};

const lines = (d: StoryDoc) => reportLines(d).map((l) => [l.index, l.start, l.end, l.text, l.words]);

describe('reportLines', () => {
  it('cuts a dateline from the cited span, drops credits, fragments and headlines', () => {
    const head = 'Valley floods kill five';
    const lede = 'PARIS (AP) — Heavy rain flooded the river valley on Thursday, the fire service said.';
    const second = 'Flood waters reached the old stone bridge by noon.';
    const credit = 'Jane Roe contributed to this report.';
    const fragment = 'It rained again.';
    const text = [head, lede, second, credit, fragment].join('\n\n');
    const d = doc(text, [head, lede, second, credit, fragment]);
    const body = 'Heavy rain flooded the river valley on Thursday, the fire service said.';
    const from = at(text, body).start;
    expect(lines(d)).toEqual([
      [1, from, from + body.length, body, 12],
      [2, at(text, second).start, at(text, second).end, second, 9],
    ]);
    for (const l of reportLines(d)) expect(text.slice(l.start, l.end)).toBe(l.text);
  });

  it('trims white space around a sentence span', () => {
    const text = '  Rescue teams moved families out of riverside homes.   ';
    const d = doc(text, []);
    const whole: StoryDoc = {
      ...d,
      analysis: { ...d.analysis, sentences: [{ span: span(0, text.length) }] },
    };
    expect(lines(whole)).toEqual([[0, 2, 53, 'Rescue teams moved families out of riverside homes.', 8]]);
  });

  it('furniture lines are dropped whatever their length; a trimmed line under six words is a fragment', () => {
    const items = [
      'LONDON (Reuters) - Rain fell all day.',
      'Write to Jane Roe at jane.roe@example.org about the floods.',
    ];
    const text = items.join(' ');
    expect(lines(doc(text, items))).toEqual([]);
  });

  it('six words make a line', () => {
    const text = 'Rain flooded the valley on Thursday.';
    expect(lines(doc(text, [text]))).toEqual([[0, 0, 36, text, 6]]);
  });

  it('keeps the lines of a report made only of headlines, still without furniture or fragments', () => {
    const items = [
      'Valley floods kill five as river bursts banks',
      'Rescue teams move families from riverside homes',
      'Related: Five things to know about floods',
      'Bridge shut',
    ];
    const text = items.join('\n');
    expect(lines(doc(text, items)).map(([index]) => index)).toEqual([0, 1]);
  });

  it('a closing quote or bracket after the full stop still ends a sentence', () => {
    const items = [
      '"We have lost everything in the water," she said.',
      'The river rose two metres overnight (police said.)',
    ];
    const headline = 'Five killed in valley floods on Thursday night';
    const text = [headline, ...items].join(' ');
    expect(lines(doc(text, [headline, ...items])).map(([index]) => index)).toEqual([1, 2]);
  });

  it('keeps a fragment of a quotation as a line that does not read alone', () => {
    const items = [
      '"We waited outside the school for an hour.',
      'That delay may have cost a life," the fire chief said.',
      '"The road will open again on Friday," the mayor said.',
      '"I want the school rebuilt before the winter."',
    ];
    const text = items.join(' ');
    expect(reportLines(doc(text, items)).map((l) => [l.index, l.readsAlone])).toEqual([
      [0, false],
      [1, false],
      [2, true],
      [3, false],
    ]);
  });

  /** Paragraphs of sentences: sentences joined by a space, paragraphs by the given break. */
  const paragraphs = (paras: readonly (readonly string[])[], sep = '\n\n'): StoryDoc =>
    doc(paras.map((p) => p.join(' ')).join(sep), paras.flat());

  it.each([
    {
      name: 'a curly quote over three sentences, then narration',
      paras: [
        [
          '“The water came up through the floor of the school hall.',
          'We carried the children to the upper rooms one by one.',
          'Nobody slept that night,” the head teacher said.',
          'Rescue teams reached the school just after dawn on Friday.',
        ],
      ],
      alone: [false, false, false, true],
    },
    {
      name: 'a straight quote opened after its speaker goes on into the next sentences',
      paras: [
        [
          'The mayor told reporters: "The bridge will open again next week.',
          'We have checked every beam and every bolt on it.',
          'Nobody will cross it before the engineers agree," she added.',
          'The council will pay for the repairs out of its reserves.',
        ],
      ],
      alone: [true, false, false, true],
    },
    {
      name: 'a quote left open stays open to the end of its paragraph',
      paras: [
        [
          '"The river has never risen so fast in all my years here.',
          'We lost the barn and most of the sheep in one night.',
          'The farm has been in the family for four generations.',
        ],
      ],
      alone: [false, false, false],
    },
    {
      name: 'a paragraph break ends an open quote',
      paras: [
        ['"The river has never risen so fast in all my years here.', 'We lost the barn in one night.'],
        ['Rescue teams reached the farm just after dawn on Friday.'],
      ],
      alone: [false, false, true],
    },
    {
      name: 'a sentence holding a whole quote and its speaker, and the one after it',
      paras: [
        [
          '"We will rebuild the bridge," the mayor said on Monday.',
          'Work on the new bridge is due to begin in the spring.',
          'The engineer said, "The old piers can carry the new deck."',
          'The piers were built of stone more than a century ago.',
        ],
      ],
      alone: [true, true, true, true],
    },
    {
      name: 'a quoted word, inches, and a straight quote closed before a dash open nothing',
      paras: [
        [
          'The mayor called the delay "unacceptable" and promised an inquiry.',
          'The inquiry will report to the council before the end of the year.',
          'The pipe, 6" wide, burst under the pressure of the rising river.',
          'Workers closed the road to the bridge for three days.',
          '"We stayed until the water reached the roof"—she pointed at the house.',
          'The house was rebuilt in the summer with help from neighbours.',
        ],
      ],
      alone: [true, true, true, true, true, true],
    },
  ])('$name', ({ paras, alone }) => {
    expect(reportLines(paragraphs(paras)).map((l) => l.readsAlone)).toEqual(alone);
  });

  it('a single line break ends a paragraph too', () => {
    const paras = [
      ['"The river has never risen so fast in all my years here.'],
      ['Rescue teams reached the farm at dawn.'],
    ];
    expect(reportLines(paragraphs(paras, '\n')).map((l) => [l.index, l.readsAlone])).toEqual([
      [0, false],
      [1, true],
    ]);
  });

  it('a sentence left out of the lines still opens a quote for the next', () => {
    const paras = [
      [
        'He said: "Stay.',
        'We will carry everyone out of the valley by boat.',
        'Do not wait for the water," he said.',
      ],
    ];
    expect(reportLines(paragraphs(paras)).map((l) => [l.index, l.readsAlone])).toEqual([
      [1, false],
      [2, false],
    ]);
  });

  it('no sentences → no lines', () => {
    expect(reportLines(doc('', []))).toEqual([]);
  });
});
