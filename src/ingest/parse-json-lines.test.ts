import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSitrepError } from '../errors/sitrep-error.js';
import { NEWS_PAGE } from './html-fixtures.js';
import { parseJsonLines } from './parse-json-lines.js';

const MULTI_NEWS = resolve(
  import.meta.dirname,
  '../../../shared/corpora/multinews-longbench200/multi_news.jsonl',
);

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('parseJsonLines', () => {
  it('reads text and html records with their metadata', () => {
    const content = [
      JSON.stringify({
        text: 'Rebels withdrew.\r\nFollow us on Twitter',
        title: 'T',
        outlet: 'O',
        published: 'Nov. 28, 2016',
      }),
      '',
      JSON.stringify({ html: NEWS_PAGE, outlet: 'Override' }),
    ].join('\n');
    const reports = parseJsonLines('in.jsonl', content);
    expect(
      reports.map((r) => [
        r.path,
        r.format,
        r.title,
        r.outlet,
        r.url,
        r.published,
        r.publishedInferred,
        r.text.slice(0, 25),
      ]),
    ).toEqual([
      ['in.jsonl#L1', 'jsonl', 'T', 'O', null, '2016-11-28', false, 'Rebels withdrew.'],
      [
        'in.jsonl#L3',
        'jsonl',
        'Rebels lose Hanano district in east Aleppo',
        'Override',
        'https://example.test/a/1',
        '2016-11-26',
        false,
        'Government forces and the',
      ],
    ]);
    expect(reports[0]?.offsetMap).toEqual([{ textStart: 0, rawStart: 0, length: 16 }]);
    expect(reports[1]?.offsetMap).toEqual([]);
  });

  it('reads a cluster: one report per passage, markers as line breaks', () => {
    const context =
      'Passage 1:\nOne. NEWLINE_CHAR NEWLINE_CHAR Two.\nPassage 2:\nOn Saturday (26 November) in 2016.';
    const reports = parseJsonLines('mn.jsonl', JSON.stringify({ context, answers: ['x'] }));
    expect(reports.map((r) => [r.path, r.format, r.text, r.published, r.publishedInferred])).toEqual([
      ['mn.jsonl#L1.p1', 'cluster', 'One.\n\nTwo.', null, false],
      ['mn.jsonl#L1.p2', 'cluster', 'On Saturday (26 November) in 2016.', '2016-11-26', true],
    ]);
  });

  it('accepts a pretty-printed JSON array', () => {
    const reports = parseJsonLines('in.json', JSON.stringify([{ text: 'A.' }, { text: 'B.' }], null, 2));
    expect(reports.map((r) => [r.path, r.text])).toEqual([
      ['in.json#1', 'A.'],
      ['in.json#2', 'B.'],
    ]);
  });

  it.each([
    ['{"text": "a"}\n{"text": "b"', 'SITREP_INPUT_JSON', /^in\.jsonl: broken JSON on line 2: /],
    [
      '{"text": "a"}\n{"title": "b"}',
      'SITREP_INPUT_JSONL_FIELD',
      /^in\.jsonl: line 2 has neither "text" nor "html"$/,
    ],
    ['["just", "strings"]', 'SITREP_INPUT_JSONL_FIELD', /^in\.jsonl: line 1 has neither "text" nor "html"$/],
    [
      '{"context": "no markers here"}',
      'SITREP_INPUT_JSONL_FIELD',
      /^in\.jsonl: line 1 has neither "text" nor "html"$/,
    ],
    [
      '{"text": "a", "published": "someday"}',
      'SITREP_INPUT_METADATA',
      /^in\.jsonl#L1: bad metadata: published "someday" is not a date$/,
    ],
    [
      '{"text": "a", "title": 7}',
      'SITREP_INPUT_METADATA',
      /^in\.jsonl#L1: bad metadata: "title" is not a string$/,
    ],
    [
      '{"text": "Follow us on Twitter"}',
      'SITREP_INPUT_NO_TEXT',
      /^in\.jsonl#L1: no report text left after cleaning$/,
    ],
    [
      '{"context": "Passage 1:\\n NEWLINE_CHAR "}',
      'SITREP_INPUT_NO_TEXT',
      /^in\.jsonl#L1: no report text left after cleaning$/,
    ],
  ] as const)('%j fails with %s', (content, code, message) => {
    const e = thrown(() => parseJsonLines('in.jsonl', content));
    expect(isSitrepError(e, code)).toBe(true);
    expect((e as Error).message).toMatch(message);
  });

  it('names the line and the parser message of broken JSON exactly', () => {
    const e = thrown(() => parseJsonLines('in.jsonl', '{"text": "a"}\n{"text": "b"'));
    expect((e as Error).message).toBe(
      `in.jsonl: broken JSON on line 2: ${(thrown(() => JSON.parse('{"text": "b"')) as Error).message}`,
    );
  });

  it('reads the Multi-News/LongBench clusters (corpus read at test time)', () => {
    const reports = parseJsonLines(MULTI_NEWS, readFileSync(MULTI_NEWS, 'utf8'));
    const first = reports.filter((r) => r.path.startsWith(`${MULTI_NEWS}#L1.`));
    expect(first.map((r) => r.path.slice(MULTI_NEWS.length))).toEqual(['#L1.p1', '#L1.p2', '#L1.p3']);
    expect(reports.every((r) => r.format === 'cluster' && !r.text.includes('NEWLINE_CHAR'))).toBe(true);
    // 570 passages; one holds nothing but a reprint notice, another nothing but wire photo captions, and
    // neither yields a report.
    expect(reports).toHaveLength(568);
  });
});
