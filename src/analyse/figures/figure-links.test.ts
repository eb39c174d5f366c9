import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../model/entity-mention.js';
import { documentId, mentionId } from '../../model/ids.js';
import { span } from '../../model/span.js';
import { figurePlace } from './figure-links.js';

const DOC = documentId('d');
const placeAt = (text: string, name: string, n: number): EntityMention => {
  const s = span(text.indexOf(name), text.indexOf(name) + name.length);
  return {
    id: mentionId(DOC, 'e', n),
    span: s,
    type: 'place',
    key: name.toLowerCase(),
    name,
    anaphoric: false,
    evidence: { documentId: DOC, span: s, producer: 'test@1', rule: 'hand', confidence: 1 },
  };
};

describe('figurePlace', () => {
  it.each<[string, string, string, readonly string[], string | null]>([
    ['the nearest place in the clause', 'Rebels now control a third of Mali.', 'a third', ['Mali'], 'Mali'],
    [
      'negative: a place named as an example after the figure',
      'Rebels control a third of the country, including Gao and Kidal.',
      'a third',
      ['Gao', 'Kidal'],
      null,
    ],
    [
      'a place before the figure wins over examples after it',
      'In Mali rebels control a third of the country, including Gao.',
      'a third',
      ['Mali', 'Gao'],
      'Mali',
    ],
    [
      'negative: "such as" also lists examples',
      'Fighting displaced 200,000 people from towns such as Gao.',
      '200,000 people',
      ['Gao'],
      null,
    ],
    [
      'negative: a bare compass word is no place',
      'Exiles live in 12 camps in North and West Africa.',
      '12 camps',
      ['North'],
      null,
    ],
    [
      'negative: the places a count of towns names',
      'Rebels took the three towns of Gao, Kidal and Timbuktu.',
      'the three towns',
      ['Gao', 'Kidal', 'Timbuktu'],
      null,
    ],
    [
      'a count of villages in a province',
      'Rebels took 16 villages in Idlib.',
      '16 villages',
      ['Idlib'],
      'Idlib',
    ],
    [
      'a compass word inside a longer name is a place',
      'Exiles live in 12 camps in North Darfur.',
      '12 camps',
      ['North Darfur'],
      'North Darfur',
    ],
  ])('%s', (_, text, figure, places, want) => {
    const s = span(text.indexOf(figure), text.indexOf(figure) + figure.length);
    const whole = span(0, text.length);
    const entities = places.map((p, i) => placeAt(text, p, i + 1));
    const id = figurePlace({ span: s, clause: whole, sentence: whole }, entities, text);
    expect(id === null ? null : entities.find((e) => e.id === id)!.name).toBe(want);
  });
});
