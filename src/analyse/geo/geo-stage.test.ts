import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { entitiesStage } from '../entities/entities-stage.js';
import { segmentStage } from '../segment/segment-stage.js';
import { geoStage } from './geo-stage.js';

const resolve = (text: string) => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  const seg = segmentStage.run({}, ctx);
  const { entities } = entitiesStage.run(seg, ctx);
  const { places } = geoStage.run({ sentences: seg.sentences, entities }, ctx);
  return places.map((p) => {
    const within = entities.find((e) => e.id === p.withinMentionId);
    return {
      text: text.slice(p.evidence.span.start, p.evidence.span.end),
      id: p.geo.gazetteerId,
      country: p.geo.country,
      precision: p.geo.precision,
      lat: Math.round(p.geo.lat * 10) / 10,
      within: within ? text.slice(within.span.start, within.span.end) : null,
    };
  });
};

describe('geoStage', () => {
  it.each([
    [
      'Shelling hit Aleppo, in northern Syria.',
      [
        { text: 'Aleppo', id: 'geonames:170063', country: 'SY', precision: 'city', lat: 36.2, within: null },
        { text: 'Syria', id: 'iso:SY', country: 'SY', precision: 'country', lat: 35, within: null },
      ],
    ],
    [
      'Talks were held in Paris.',
      [{ text: 'Paris', id: 'geonames:2988507', country: 'FR', precision: 'city', lat: 48.9, within: null }],
    ],
    [
      'Troops entered the Hanano district of Aleppo.',
      [
        {
          text: 'Hanano',
          id: 'curated:aleppo/hanano',
          country: 'SY',
          precision: 'district',
          lat: 36.2,
          within: 'Aleppo',
        },
        { text: 'Aleppo', id: 'geonames:170063', country: 'SY', precision: 'city', lat: 36.2, within: null },
      ],
    ],
    [
      'Fighting spread across Idlib province.',
      [{ text: 'Idlib', id: 'admin1:SY.12', country: 'SY', precision: 'region', lat: 35.8, within: null }],
    ],
    // a definite noun for the town just named
    [
      'Shelling hit Aleppo. The city was calm.',
      [
        { text: 'Aleppo', id: 'geonames:170063', country: 'SY', precision: 'city', lat: 36.2, within: null },
        {
          text: 'The city',
          id: 'geonames:170063',
          country: 'SY',
          precision: 'city',
          lat: 36.2,
          within: null,
        },
      ],
    ],
    ['Rebels said Zorblatt Quenfar was quiet.', []],
    ['The regime forces advanced.', []],
  ])('%j', (text, expected) => expect(resolve(text)).toEqual(expected));
});
