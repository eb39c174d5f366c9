import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../model/entity-mention.js';
import { AnalysisBuilder, makeReport, type Where } from '../../picture/fixtures/fixture-builder.js';
import { sharesKey, subjectKeys } from './subject-keys.js';

const TEXT =
  'Acme Corp named a new chief in Springfield. Reuters reported the move. ' +
  'Analysts at Globex doubted it. Hooli was not mentioned again. Acme said its shares rose. It thanked Initech. ' +
  'Initech declined to comment.';

type Mention = readonly [Where, string, EntityType, boolean?];

const keysOf = (mentions: readonly Mention[], text = TEXT): string[] => {
  const b = new AnalysisBuilder(makeReport({ id: 'r1', text }));
  for (const [where, key, type, anaphoric] of mentions) b.entity(where, key, type, anaphoric ?? false);
  return [...subjectKeys(b.build())].sort();
};

describe('subjectKeys', () => {
  it.each<[string, readonly Mention[], string[]]>([
    ['an organisation named in the lead', [['Acme Corp', 'acme', 'organization']], ['acme']],
    ['a place in the lead is no subject', [['Springfield', 'springfield', 'place']], []],
    ['a news agency in the lead is no subject', [['Reuters', 'reuters', 'organization']], []],
    ['named once, after the lead', [['Globex', 'globex', 'organization']], []],
    [
      'negative: named only twice after the lead (SUBJECT_REPEATS 3)',
      [
        ['Initech', 'initech', 'organization'],
        [['Initech', 2], 'initech', 'organization'],
      ],
      [],
    ],
    [
      'named three times after the lead',
      [
        ['Acme said', 'acme', 'organization'],
        ['its shares', 'acme', 'organization', true],
        ['It thanked', 'acme', 'organization', true],
      ],
      ['acme'],
    ],
    [
      'named once after the lead, then referred to again twice',
      [
        ['Hooli', 'hooli', 'organization'],
        ['Acme said', 'hooli', 'organization', true],
        ['It thanked', 'hooli', 'organization', true],
      ],
      ['hooli'],
    ],
    ['only a reference (anaphoric) in the lead', [['Acme Corp', 'acme', 'organization', true]], []],
  ])('%s', (_, mentions, expected) => {
    expect(keysOf(mentions)).toEqual(expected);
  });

  it('counts how often a name must come back with `repeats`', () => {
    const twice: readonly Mention[] = [
      ['Initech', 'initech', 'organization'],
      [['Initech', 2], 'initech', 'organization'],
    ];
    const b = new AnalysisBuilder(makeReport({ id: 'r1', text: TEXT }));
    for (const [where, key, type] of twice) b.entity(where, key, type, false);
    expect([...subjectKeys(b.build(), 2)]).toEqual(['initech']);
    expect([...subjectKeys(b.build(), 3)]).toEqual([]);
  });

  it('reads the whole text as the lead when it has no more than two sentences', () => {
    expect(keysOf([['Globex', 'globex', 'person']], 'Acme met Globex.')).toEqual(['globex']);
    expect(keysOf([], '')).toEqual([]);
  });
});

describe('sharesKey', () => {
  it.each([
    [['acme', 'globex'], ['globex'], true],
    [['acme'], ['initech', 'globex'], false],
    [[], ['acme'], false],
  ])('%j ~ %j', (a, b, expected) => {
    expect(sharesKey(new Set(a), new Set(b))).toBe(expected);
  });
});
