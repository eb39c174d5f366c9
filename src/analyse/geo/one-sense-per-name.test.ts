import { describe, expect, it } from 'vitest';
import { resolveMarked } from './test-resolve.js';

/** The gazetteer id each [bracketed] name of a text resolves to. */
const resolve = (marked: string) => resolveMarked(marked).map((m) => [m.name, m.placed]);

const GEORGETOWN_KY = 'geonames:4292686';
const GEORGETOWN_GY = 'geonames:3378644';

describe('resolvePlaces: one sense per name', () => {
  it.each([
    // The dateline's "GEORGETOWN, Ky." makes the later "Georgetown" the Kentucky town…
    [
      '[GEORGETOWN], [Ky.] - Their daughter is at [Georgetown] College.',
      [
        ['GEORGETOWN', GEORGETOWN_KY],
        ['Ky.', 'admin1:US.KY'],
        ['Georgetown', GEORGETOWN_KY],
      ],
    ],
    // …which alone is Guyana's capital.
    ['Their daughter is at [Georgetown] College.', [['Georgetown', GEORGETOWN_GY]]],
    // A mention placed by its own state keeps it; a bare one takes the last stated.
    [
      '[Portland], [Maine], and [Portland], [Ore.], voted; [Portland] counted.',
      [
        ['Portland', 'geonames:4975802'],
        ['Maine', 'admin1:US.ME'],
        ['Portland', 'geonames:5746545'],
        ['Ore.', 'admin1:US.OR'],
        ['Portland', 'geonames:5746545'],
      ],
    ],
  ])('%s', (marked, expected) => expect(resolve(marked)).toEqual(expected));
});
