import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import type { NerType } from '../../ner/ner-labels.js';
import { segmentStage } from '../segment/segment-stage.js';
import { repairRuns, taggerNameRuns } from './tagger-name-runs.js';

const tokensOf = (text: string) => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  return segmentStage.run({}, ctx).tokens;
};
/** Runs given and returned as [surface, type]; the input runs are located by their surface. */
const repaired = (text: string, runs: readonly (readonly [string, NerType])[]) => {
  const tokens = tokensOf(text);
  const at = (s: string) => {
    const start = text.indexOf(s);
    const first = tokens.findIndex((t) => t.span.start === start);
    const last = tokens.findIndex((t) => t.span.end === start + s.length);
    return { first, last };
  };
  const out = repairRuns(
    text,
    tokens,
    runs.map(([s, type]) => ({ ...at(s), type })),
  );
  return out.map((r) => [text.slice(tokens[r.first]!.span.start, tokens[r.last]!.span.end), r.type]);
};

describe('repairRuns', () => {
  it.each([
    [
      'a nationality joins the organisation after it',
      'The Syrian Observatory for Human Rights said so.',
      [
        ['Syrian', 'MISC'],
        ['Observatory for Human Rights', 'ORG'],
      ],
      [['Syrian Observatory for Human Rights', 'ORG']],
    ],
    [
      'negative: an acronym stays a name of its own',
      'The Kurdish YPG militia moved.',
      [
        ['Kurdish', 'MISC'],
        ['YPG', 'ORG'],
      ],
      [
        ['Kurdish', 'MISC'],
        ['YPG', 'ORG'],
      ],
    ],
    [
      'negative: not across a comma',
      'Syrian, Observatory officials said.',
      [
        ['Syrian', 'MISC'],
        ['Observatory', 'ORG'],
      ],
      [
        ['Syrian', 'MISC'],
        ['Observatory', 'ORG'],
      ],
    ],
    [
      'a hyphenated modifier keeps its capitalised head, untyped',
      'The Britain-based monitor said so.',
      [['Britain-based', 'MISC']],
      [['Britain', null]],
    ],
    [
      'a day name splits a run',
      "Syria's army advanced in east Aleppo Saturday in an assault.",
      [['Aleppo Saturday', 'PER']],
      [['Aleppo', null]],
    ],
    [
      'a run that keeps its capitals keeps its type',
      'Troops took al-Sakhour.',
      [['al-Sakhour', 'LOC']],
      [['al-Sakhour', 'LOC']],
    ],
  ])('%s', (_rule, text, runs, expected) => {
    expect(repaired(text, runs as [string, NerType][])).toEqual(expected);
  });
});

describe('taggerNameRuns with the committed model', () => {
  it('gives every run of a name the type most of its runs got in the document', () => {
    const text = 'Talks in Geneva failed. Geneva hosted them. Geneva was quiet.';
    const tokens = tokensOf(text);
    const runs = taggerNameRuns(text, tokens);
    const typed = runs.map((r) => [
      text.slice(tokens[r.first]!.span.start, tokens[r.last]!.span.end),
      r.type,
    ]);
    expect(typed).toEqual([
      ['Geneva', 'LOC'],
      ['Geneva', 'LOC'],
      ['Geneva', 'LOC'],
    ]);
  });

  it('tags a hyphenated name whole ("Bashar al-Assad")', () => {
    const text = 'President Bashar al-Assad spoke in Damascus.';
    const tokens = tokensOf(text);
    const typed = taggerNameRuns(text, tokens).map((r) => [
      text.slice(tokens[r.first]!.span.start, tokens[r.last]!.span.end),
      r.type,
    ]);
    expect(typed).toEqual([
      ['Bashar al-Assad', 'PER'],
      ['Damascus', 'LOC'],
    ]);
  });
});
