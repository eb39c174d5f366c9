import { describe, expect, it } from 'vitest';
import type { PictureEntity } from '../../model/picture.js';
import { makeReport } from '../../picture/fixtures/fixture-builder.js';
import { emptyAnalysis } from '../../pipeline/empty-analysis.js';
import { storyTitle } from './story-title.js';

/** An entity named `name` (aliases `aliases`) mentioned `n` times. */
const entity = (
  name: string,
  n: number,
  aliases: string[] = [],
  type: PictureEntity['type'] = 'organization',
): PictureEntity => ({
  id: `${name}:${type}`,
  name,
  type,
  aliases,
  mentions: Array.from({ length: n }, (_, i) => ({ documentId: 'd1', start: i, end: i + 1 })),
  geo: null,
});
const doc = (title: string | null) => {
  const report = makeReport({ id: 'd1', text: 'A text.', ...(title === null ? {} : { title }) });
  return { report, analysis: emptyAnalysis(report.id) };
};

describe('storyTitle', () => {
  it.each<[string, string | null, PictureEntity[], string]>([
    [
      'the earliest titled report names the story',
      'Junta seizes northern towns',
      [entity('BBC', 9)],
      'Junta seizes northern towns',
    ],
    [
      'untitled: the most mentioned entities, an outlet left out',
      null,
      [entity('Timbuktu', 7), entity('BBC', 6), entity('Mali', 5), entity('Ansar Dine', 2)],
      'Timbuktu, Mali, Ansar Dine',
    ],
    [
      'agencies, broadcasters and newspapers are all left out, "The" or not',
      null,
      [
        entity('Reuters', 9),
        entity('Associated Press', 9),
        entity('France 24', 8),
        entity('The Guardian', 8),
        entity('CNN', 7),
        entity('Bamako', 3),
      ],
      'Bamako',
    ],
    [
      'an entity whose alias is an outlet is left out',
      null,
      [entity('the agency', 4, ['AFP']), entity('Gao', 1)],
      'Gao',
    ],
    [
      "negative: a name that only contains an outlet's name stays",
      null,
      [entity('BBC Trust chairman', 3), entity('Times Square', 2)],
      'BBC Trust chairman, Times Square',
    ],
    ['negative: nothing but outlets', null, [entity('Reuters', 3), entity('AP', 2)], 'Untitled story'],
    [
      'an organisation and a person of one name make one name, the next fills its place',
      null,
      [entity('Kleiner', 6), entity('Kleiner', 5, [], 'person'), entity('Palo Alto', 4), entity('Nasdaq', 3)],
      'Kleiner, Palo Alto, Nasdaq',
    ],
    [
      'one name in other capitals is the same name',
      null,
      [entity('Ford', 4), entity('FORD', 3, [], 'person'), entity('Detroit', 2)],
      'Ford, Detroit',
    ],
    [
      'negative: a name inside a longer one is another name',
      null,
      [entity('Ford', 4, [], 'person'), entity('Ford Motor', 3), entity('Detroit', 2)],
      'Ford, Ford Motor, Detroit',
    ],
    ['no entities', null, [], 'Untitled story'],
  ])('%s', (_, title, entities, expected) => {
    expect(storyTitle([doc(title)], entities)).toBe(expected);
  });
});
