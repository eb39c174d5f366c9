import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { resolvePlaces } from './resolve-places.js';
import { markedMentions } from './test-resolve.js';

/**
 * The [bracketed] names of a text as mentions (a `{person key}` after a name makes it that person's mention, the
 * others are places), and the names of those the geo stage places.
 */
const placed = (marked: string, people: Readonly<Record<string, string>> = {}): string[] => {
  const { text, mentions } = markedMentions(marked);
  const typed = mentions.map((m) =>
    people[m.name]
      ? { ...m, type: 'person' as const, key: people[m.name]! }
      : { ...m, key: m.name.toLowerCase() },
  );
  const ids = new Set(resolvePlaces(text, typed, documentId('d')).map((p) => p.mentionId));
  return typed.filter((m) => ids.has(m.id)).map((m) => m.name);
};

// A place mention is no place when it is part of a longer name cut beside another mention, a word of a photo
// credit or of a screen name; the same names elsewhere are places.
describe('resolvePlaces: mentions that are no place', () => {
  it.each([
    [
      "a name cut before a mention of the longer name's person",
      'Women went to [Van] [Wert] flat in [Pittsfield], Massachusetts.',
      { Wert: 'van wert' },
      ['Pittsfield'],
    ],
    [
      'negative: the same town beside an unrelated name',
      'Women went to [Van] where [Wert] lived.',
      { Wert: 'joseph wert' },
      ['Van'],
    ],
    [
      'a word of a photo credit',
      'The designer attends a party in [Moscow]. (AP Photo/Natalia Kolesnikova, [Pool], file)',
      {},
      ['Moscow'],
    ],
    [
      'negative: a town in brackets that is no credit',
      'The hearing was held (in [Pool], near [Brazzaville]) on Monday.',
      {},
      ['Pool', 'Brazzaville'],
    ],
    [
      'a word of a screen name',
      'Using the screen name @Uncle [Rush], he asked [Philadelphia].',
      {},
      ['Philadelphia'],
    ],
  ] as const)('%s', (_name, marked, people, want) => {
    expect(placed(marked, people)).toEqual(want);
  });
});
