import { describe, expect, it } from 'vitest';
import { unwrapGeometry, unwrapRing } from './unwrap-rings.js';

describe('unwrapRing', () => {
  it.each([
    [
      'a ring crossing eastward over the antimeridian',
      [
        [179, 65],
        [-179, 65],
        [-179, 66],
        [179, 66],
        [179, 65],
      ],
      [
        [179, 65],
        [181, 65],
        [181, 66],
        [179, 66],
        [179, 65],
      ],
    ],
    [
      'a ring crossing westward',
      [
        [-179, 10],
        [179, 10],
        [179, 11],
        [-179, 10],
      ],
      [
        [-179, 10],
        [-181, 10],
        [-181, 11],
        [-179, 10],
      ],
    ],
    [
      'a ring that does not cross',
      [
        [30, 10],
        [40, 10],
        [40, 20],
        [30, 10],
      ],
      [
        [30, 10],
        [40, 10],
        [40, 20],
        [30, 10],
      ],
    ],
    [
      'a polar ring (left alone)',
      [
        [-180, -90],
        [180, -90],
        [180, -80],
        [-180, -80],
        [-180, -90],
      ],
      [
        [-180, -90],
        [180, -90],
        [180, -80],
        [-180, -80],
        [-180, -90],
      ],
    ],
  ])('%s', (_, ring, expected) => {
    expect(unwrapRing(ring)).toEqual(expected);
  });

  it('unwraps every ring of a MultiPolygon and leaves points alone', () => {
    const multi: GeoJSON.Geometry = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [179, 1],
            [-179, 1],
            [179, 2],
            [179, 1],
          ],
        ],
      ],
    };
    expect(unwrapGeometry(multi)).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [179, 1],
            [181, 1],
            [179, 2],
            [179, 1],
          ],
        ],
      ],
    });
    const point: GeoJSON.Geometry = { type: 'Point', coordinates: [179, 1] };
    expect(unwrapGeometry(point)).toBe(point);
  });
});
