import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { segmentStage } from '../segment/segment-stage.js';
import { entitiesStage } from './entities-stage.js';

const entities = (text: string) => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  return entitiesStage.run(segmentStage.run({}, ctx), ctx).entities;
};
const rows = (text: string) =>
  entities(text).map((e) => [text.slice(e.span.start, e.span.end), e.span.start, e.type, e.key, e.anaphoric]);

describe('entitiesStage', () => {
  it.each([
    ['Rebels say they hold the town.', [['Rebels', 0, 'group', 'rebels', false]]],
    [
      'The Syrian Observatory for Human Rights (SOHR) said so. SOHR added more.',
      [
        [
          'Syrian Observatory for Human Rights',
          4,
          'organization',
          'syrian observatory for human rights',
          false,
        ],
        // An acronym is a name of the entity (an alias in the picture), not an anaphoric reference.
        ['SOHR', 41, 'organization', 'syrian observatory for human rights', false],
        ['SOHR', 56, 'organization', 'syrian observatory for human rights', false],
      ],
    ],
    [
      'President Bashar al-Assad spoke. Assad left.',
      [
        ['Bashar al-Assad', 10, 'person', 'bashar al-assad', false],
        ['Assad', 33, 'person', 'bashar al-assad', true],
      ],
    ],
    [
      'UN envoy Jan Smit arrived. The envoy said no.',
      [
        ['UN', 0, 'organization', 'united nations', false],
        ['Jan Smit', 9, 'person', 'jan smit', false],
        ['The envoy', 27, 'person', 'jan smit', true],
      ],
    ],
    [
      'Troops took the district of Tariq al-Bab and the Hanano district.',
      [
        ['Tariq al-Bab', 28, 'place', 'tariq al-bab', false],
        ['Hanano', 49, 'place', 'hanano', false],
      ],
    ],
    ['It landed at Aleppo airport.', [['Aleppo airport', 13, 'place', 'aleppo airport', false]]],
    [
      'Fighting near Kurdish forces and Kurdish control.',
      [['Kurdish forces', 14, 'group', 'kurdish forces', false]],
    ],
    ['Medical and food supplies ran out.', []],
    ['On Saturday, in March and on Friday nothing happened.', []],
    [
      'The Observatory Network said so. Later the monitor said more.',
      [
        ['Observatory Network', 4, 'organization', 'observatory network', false],
        ['the monitor', 39, 'organization', 'observatory network', true],
      ],
    ],
    ['the monitor said it.', []],
  ])('%j', (text, expected) => expect(rows(text)).toEqual(expected));

  it('puts evidence on every mention', () => {
    const [m] = entities('Hezbollah fighters arrived.');
    expect(m?.evidence).toMatchObject({
      producer: 'analyse.entities@18',
      rule: 'lexicon:group',
      span: m?.span,
    });
  });
});
