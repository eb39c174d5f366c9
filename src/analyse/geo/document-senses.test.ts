import { describe, expect, it } from 'vitest';
import { resolveMarked } from './test-resolve.js';

/** The gazetteer id (or `~precision` for a borrowed point) each [bracketed] name of a text resolves to. */
const resolve = (marked: string) => resolveMarked(marked).map((m) => m.placed);

const DC = 'geonames:4140963';
const TACOMA = 'geonames:5812944';
const CHICAGO = 'geonames:4887398';
const MILWAUKEE = 'geonames:5263045';

describe('resolvePlaces: what the rest of the document says a name is', () => {
  it.each([
    // A region holding a town the document names is the region ("Washington" in a story from Tacoma)…
    ['The team trained in [Tacoma] and drove across central [Washington].', [TACOMA, 'admin1:US.WA']],
    ['Storms hit [Mississauga] and [Ontario].', ['geonames:6075357', 'admin1:CA.08']],
    // …but not when the town is the name's own namesake, nor for a town of another region.
    ['Fighting in [Gaza] and [Khan Younis].', ['geonames:281133', 'geonames:281124']],
    ['Lawmakers in [Washington] met officials from [Annapolis].', [DC, 'geonames:4347242']],
    ['Students from [Ohio] and [Washington] attended.', ['admin1:US.OH', DC]],
    // A short form after its county ("Suffolk" after "Suffolk County"); alone, the largest town.
    [
      'Readers of the [Suffolk County] Times in [Southold] ... reports the [Suffolk] Times.',
      ['admin2:US.NY.103', 'geonames:5139054', 'admin2:US.NY.103'],
    ],
    ['Readers in [Suffolk] said.', ['geonames:4788158']],
    // A dateline's place is a town: New York City, not the state, which a bare "New York" stays.
    ['([NEW YORK]) — Police officers said.', ['geonames:5128581']],
    ['Police in [New York] said.', ['admin1:US.NY']],
    // A village the text places in its country stays itself in a story from elsewhere; unplaced, it does not.
    [
      'Headquartered in [Visbek], [Germany], the firm sells feed in [Chicago] and [Milwaukee].',
      ['geonames:2817139', 'iso:DE', CHICAGO, MILWAUKEE],
    ],
    [
      'Headquartered in [Visbek], the firm sells feed in [Chicago] and [Milwaukee].',
      ['~region', CHICAGO, MILWAUKEE],
    ],
    // A district named after its kind word is its bare name's region in the document's country; the demonym
    // says which country, but is no place itself.
    ['A fire in the [Karak district], said [Jordanian] police.', ['admin1:JO.09', null]],
    ['A fire in the [Karak district], said [Pakistani] police.', ['admin2:PK.03.7419047', null]],
    // "Otoe and Washington counties": a county, not the capital.
    [
      'Jobs grew in [Nebraska]’s [Otoe] and [Washington] counties.',
      ['admin1:US.NE', 'admin2:US.NE.131', 'admin2:US.NE.177'],
    ],
    ['Jobs grew in [Nebraska]’s [Otoe] and [Washington].', ['admin1:US.NE', 'admin2:US.NE.131', DC]],
  ])('%s', (text, expected) => expect(resolve(text)).toEqual(expected));
});
