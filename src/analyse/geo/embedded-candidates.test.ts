import { describe, expect, it } from 'vitest';
import { embeddedCandidates } from './embedded-candidates.js';

const ids = (name: string) => embeddedCandidates(name).map((e) => e.id);

describe('embeddedCandidates', () => {
  it.each([
    // A country, a region, a sizeable town or a wide region's demonym inside a longer name.
    ['Bank of Japan', ['iso:JP']],
    ['US Federal Reserve', ['iso:US']],
    ['European Central Bank', ['continent:europe']],
    ['Colorado State University', ['geonames:3465881', 'admin1:US.CO']],
    // The last of the longest runs: the town after the college.
    ['Robinson College Cambridge', ['geonames:2653941', 'geonames:4931972', 'geonames:5913695']],
    // Hyphens join words as spaces do.
    ['Montreal-Pierre Elliott Trudeau International Airport', ['geonames:6077243']],
    ['Vest-Agder', ['admin1:NO.42']],
  ])('%s → %j', (name, expected) => expect(ids(name)).toEqual(expected));

  it.each([
    // Generic words (Brazil's "Federal" district, Iceland's "Northwest" region, Cameroon's "Centre").
    ['Federal University of Technology'],
    ['Northwest Cancer Centre'],
    ['National Concert Hall'],
    // Villages and country demonyms say nothing of where a longer name lies.
    ['Crossroads Correctional Center'],
    ['French Quarter'],
    ['Zorblatt Holdings'],
    ['Zorblatt-Quux Holdings'],
    // Words for natural features are not the regions named so (Somalia's Bay, Nigeria's Delta).
    ['Mahim Bay'],
    ['Zorblatt Delta'],
    [''],
  ])('%s → nothing', (name) => expect(embeddedCandidates(name)).toEqual([]));
});
