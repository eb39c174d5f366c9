import { describe, expect, it } from 'vitest';
import type { EntityMention, EntityType } from '../../model/entity-mention.js';
import { documentId, type MentionId, mentionId } from '../../model/ids.js';
import { type Span, span } from '../../model/span.js';
import { jointSources } from './joint-sources.js';

const doc = documentId('joint');
const at = (text: string, words: string): Span => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}"`);
  return span(start, start + words.length);
};
const mentionsOf = (text: string, names: readonly (readonly [string, EntityType])[]): EntityMention[] =>
  names.map(([name, type], n) => ({
    id: mentionId(doc, 'e', n + 1),
    span: at(text, name),
    type,
    key: name.toLowerCase(),
    name,
    anaphoric: false,
    evidence: { documentId: doc, span: at(text, name), producer: 'test@1', rule: 'test', confidence: 1 },
  }));

describe('jointSources', () => {
  it.each<[string, string, string, readonly (readonly [string, EntityType])[], readonly string[]]>([
    [
      'two organisations joined by "and", the second with a descriptor',
      'Five people were killed, the Observatory and state news agency SANA said.',
      'the Observatory and state news agency SANA',
      [
        ['Observatory', 'organization'],
        ['SANA', 'organization'],
      ],
      ['SANA'],
    ],
    [
      'a list of three speakers',
      'Aid was blocked, the UN, the Red Crescent and Oxfam said.',
      'the UN, the Red Crescent and Oxfam',
      [
        ['UN', 'organization'],
        ['Red Crescent', 'organization'],
        ['Oxfam', 'organization'],
      ],
      ['Red Crescent', 'Oxfam'],
    ],
    [
      'negative: an organisation inside a title, not a second speaker',
      'You can win a war, EU foreign affairs head Federica Mogherini said.',
      'EU foreign affairs head Federica Mogherini',
      [
        ['EU', 'organization'],
        ['Federica Mogherini', 'person'],
      ],
      [],
    ],
    [
      'negative: an apposition describing the speaker ("a member of …")',
      'It is bad, Ahmed Sandeh, a member of the council of Aleppo and the Union, said.',
      'Ahmed Sandeh, a member of the council of Aleppo and the Union',
      [
        ['Ahmed Sandeh', 'person'],
        ['Aleppo', 'place'],
        ['Union', 'organization'],
      ],
      [],
    ],
    [
      'negative: places are not speakers ("officials in Moscow and Ankara")',
      'A truce holds, officials in Moscow and Ankara said.',
      'officials in Moscow and Ankara',
      [
        ['Moscow', 'place'],
        ['Ankara', 'place'],
      ],
      [],
    ],
  ])('%s', (_, text, source, names, expected) => {
    const mentions = mentionsOf(text, names);
    const first = mentions.find((m) => m.type !== 'place') ?? null;
    const got = jointSources(
      text,
      { source: at(text, source), sourceMentionId: first?.id ?? null },
      mentions,
    );
    expect(got.map((id) => mentions.find((m) => m.id === id)!.name)).toEqual(expected);
  });

  it('negative: no source, or a source not resolved to an entity', () => {
    const text = 'Aid was blocked, the UN and Oxfam said.';
    const mentions = mentionsOf(text, [
      ['UN', 'organization'],
      ['Oxfam', 'organization'],
    ]);
    expect(jointSources(text, { source: null, sourceMentionId: null }, mentions)).toEqual([]);
    const src = at(text, 'the UN and Oxfam');
    expect(jointSources(text, { source: src, sourceMentionId: null }, mentions)).toEqual([]);
    const elsewhere: MentionId = mentionId(doc, 'e', 9);
    expect(jointSources(text, { source: src, sourceMentionId: elsewhere }, mentions)).toEqual([]);
  });
});
