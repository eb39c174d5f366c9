import { describe, expect, it } from 'vitest';
import { pictureGeoJson, renderGeoJson } from './render-geojson.js';
import { TEST_PICTURE } from './test-picture.js';

const collection = pictureGeoJson(TEST_PICTURE);
const byId = new Map(collection.features.map((f) => [f.id, f]));

describe('pictureGeoJson', () => {
  it('is a FeatureCollection of the located places and the events at them', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.id).slice(0, 5)).toEqual(['e1', 'e2', 'v1', 'v2', 'v3']);
  });

  it.each([
    ['e1', [38.25, 36.5], { kind: 'place', name: 'Karsa', precision: 'city', mentions: 2, control: [] }],
    [
      'e2',
      [38.2555, 36.50123],
      {
        kind: 'place',
        name: 'Old Quarter',
        precision: 'district',
        gazetteerId: null,
        control: [
          { holders: ['Army'], from: '2020-03-01', until: null, extent: 'whole', status: 'disputed' },
        ],
      },
    ],
    [
      'v1',
      [38.2555, 36.50123],
      {
        kind: 'event',
        eventType: 'territory_change',
        dateStart: '2020-03-01',
        actors: ['Army'],
        targets: ['Rebels'],
      },
    ],
    ['v3', [38.25, 36.5], { kind: 'event', dateStart: null, placeName: 'Karsa', status: 'corroborated' }],
  ])('%s at [lon, lat] %j', (id, coordinates, properties) => {
    const f = byId.get(id);
    expect(f?.geometry).toEqual({ type: 'Point', coordinates });
    expect(f?.properties).toMatchObject(properties);
  });

  it.each(['e3', 'e4', 'e5'])('leaves out %s, which has no position', (id) => {
    expect(byId.has(id)).toBe(false);
  });

  it('drops events whose place has no position', () => {
    const s = TEST_PICTURE.stories[0]!;
    const p = { ...TEST_PICTURE, stories: [{ ...s, events: [{ ...s.events[0]!, placeId: 'e3' }] }] };
    expect(pictureGeoJson(p).features.filter((f) => f.properties.kind === 'event')).toEqual([]);
  });

  it('renders as parseable JSON', () => {
    expect(JSON.parse(renderGeoJson(TEST_PICTURE))).toEqual(collection);
  });
});
