import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../model/entity-mention.js';
import { documentId, type MentionId, mentionId } from '../../model/ids.js';
import { type Span, span } from '../../model/span.js';
import { mentionsIn } from './claim-test-support.js';
import { jointSources } from './joint-sources.js';

const doc = documentId('joint');
const at = (text: string, words: string): Span => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}"`);
  return span(start, start + words.length);
};

describe('jointSources', () => {
  it.each<[string, string, string, readonly (readonly [string, EntityType])[], readonly string[], string?]>([
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
    [
      'a list of three with the speaker last',
      'Aid was blocked, said the UN, the Red Crescent and Oxfam.',
      'the UN, the Red Crescent and Oxfam',
      [
        ['Oxfam', 'organization'],
        ['UN', 'organization'],
        ['Red Crescent', 'organization'],
      ],
      ['UN', 'Red Crescent'],
    ],
    [
      'negative: a comma alone sets off a description, not a second speaker',
      'The show was cut, Lena Marsh, a former TV anchor, said.',
      'Lena Marsh, a former TV anchor',
      [
        ['Lena Marsh', 'person'],
        ['TV', 'organization'],
      ],
      [],
    ],
    [
      'a description after the list is no part of it',
      'Talks failed, Oxfam and Lena Marsh, a Radio Four host, said.',
      'Oxfam and Lena Marsh, a Radio Four host',
      [
        ['Oxfam', 'organization'],
        ['Lena Marsh', 'person'],
        ['Radio Four', 'organization'],
      ],
      ['Lena Marsh'],
    ],
    [
      'negative: listeners after the cue are no speakers, even inside an overlong source',
      'Lena Marsh told TV and Radio Four the show was cut.',
      'Lena Marsh told TV and Radio Four',
      [
        ['TV', 'organization'],
        ['Radio Four', 'organization'],
        ['Lena Marsh', 'person'],
      ],
      [],
      'told',
    ],
  ])('%s', (_, text, source, names, expected, cue = 'said') => {
    const mentions = mentionsIn(doc, text, names);
    const first = mentions.find((m) => m.type !== 'place') ?? null;
    const got = jointSources(
      text,
      { source: at(text, source), sourceMentionId: first?.id ?? null, cue: at(text, cue) },
      mentions,
    );
    expect(got.map((id) => mentions.find((m) => m.id === id)!.name)).toEqual(expected);
  });

  it('negative: no source, or a source not resolved to an entity', () => {
    const text = 'Aid was blocked, the UN and Oxfam said.';
    const mentions = mentionsIn(doc, text, [
      ['UN', 'organization'],
      ['Oxfam', 'organization'],
    ]);
    const cue = at(text, 'said');
    expect(jointSources(text, { source: null, sourceMentionId: null, cue }, mentions)).toEqual([]);
    const src = at(text, 'the UN and Oxfam');
    expect(jointSources(text, { source: src, sourceMentionId: null, cue }, mentions)).toEqual([]);
    const elsewhere: MentionId = mentionId(doc, 'e', 9);
    expect(jointSources(text, { source: src, sourceMentionId: elsewhere, cue }, mentions)).toEqual([]);
  });
});
