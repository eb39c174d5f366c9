import { describe, expect, it } from 'vitest';
import type { Stance } from '../../model/stance.js';
import { attachedSubject } from './attached-subject.js';
import { checkRow, group, org, person, taggedLayers } from './test-attributions.js';
import type { FixtureEntity } from './test-layers.js';
import { at } from './test-layers.js';

const place = (text: string): FixtureEntity => ({ text, type: 'place' });

/** [case, sentence, the pronoun, entities, the stance of its cue, the entity it stands for (null: none here)]. */
const ROWS: readonly (readonly [string, string, string, readonly FixtureEntity[], Stance, string | null])[] =
  [
    [
      'a relative clause on a clause: its subject (a country)',
      'Many suspect that Iran was behind the blast, which it strongly denies.',
      'it',
      [place('Iran')],
      'denies',
      'Iran',
    ],
    [
      'a contact clause after a noun phrase',
      'The ministry said Hamas had fired the rockets, a charge it rejects.',
      'it',
      [org('The ministry'), group('Hamas')],
      'denies',
      'Hamas',
    ],
    [
      'a dash before the attached clause',
      'Prosecutors say the Alvarez cartel bribed the judges - an allegation they deny.',
      'they',
      [group('the Alvarez cartel')],
      'denies',
      'the Alvarez cartel',
    ],
    [
      'a person as subject',
      'Senator Ann Cole was paid by the lobby, which she denies.',
      'she',
      [person('Ann Cole')],
      'denies',
      'Ann Cole',
    ],
    [
      'negative: the attached clause holds the pronoun itself',
      'The firm said the regulator had fined it, which it called unfair.',
      'it',
      [org('The firm'), org('the regulator')],
      'denies',
      null,
    ],
    [
      'negative: a pronoun opening its own clause',
      'The army shelled the town. It denied the report.',
      'It',
      [group('The army')],
      'denies',
      null,
    ],
    [
      'negative: the subject names no entity (an earlier speaker stands)',
      'The UN said its staff had left the town, which it regretted.',
      'it',
      [org('UN')],
      'denies',
      null,
    ],
    [
      'negative: a subject of the wrong type',
      'Officials said Paris was calm, which he doubted.',
      'he',
      [place('Paris')],
      'denies',
      null,
    ],
    [
      'negative: a place told of in the clause is no speaker but in a denial',
      'Aleppo was shelled overnight, which it condemned.',
      'it',
      [place('Aleppo')],
      'accuses',
      null,
    ],
    [
      'negative: "in which it": the pronoun is in a clause about a noun',
      'The agency released a report, in which it said the toll had risen.',
      'it',
      [org('The agency')],
      'denies',
      null,
    ],
  ];

describe('attachedSubject', () => {
  it.each(ROWS)('%s', (_, text, pronoun, entities, stance, expected) => {
    const layers = taggedLayers(text, entities);
    const pron = at(text, ` ${pronoun} `);
    const got = attachedSubject(
      text,
      layers.tokens,
      { start: pron.start + 1, end: pron.end - 1 },
      layers.entities,
      stance,
    );
    const want =
      expected === null
        ? null
        : layers.entities.find((e) => text.slice(e.span.start, e.span.end) === expected)!.id;
    expect(got).toBe(want);
  });
});

describe('a pronoun source in an attached clause (stage)', () => {
  it('speaks for the clause subject, not for an organisation named before', () => {
    checkRow(
      'The blast was condemned by the United Nations. Many suspect that Iran was behind the blast, which it strongly denies.',
      [org('United Nations'), place('Iran')],
      [
        { source: 'Many', cue: 'suspect', content: 'Iran was behind the blast', stance: 'asserts' },
        {
          source: ['it', 2],
          cue: 'strongly denies',
          content: 'Iran was behind the blast',
          stance: 'denies',
          mention: 'Iran',
        },
      ],
      true,
    );
  });

  it('negative: a free pronoun still takes the earlier speaker', () => {
    checkRow(
      'The United Nations said Iran had enriched uranium, but it said talks could continue.',
      [org('United Nations'), place('Iran')],
      [
        {
          source: 'The United Nations',
          cue: 'said',
          content: 'Iran had enriched uranium',
          stance: 'asserts',
        },
        {
          source: ['it', 2],
          cue: ['said', 2],
          content: 'talks could continue',
          stance: 'asserts',
          mention: 'United Nations',
        },
      ],
      true,
    );
  });
});
