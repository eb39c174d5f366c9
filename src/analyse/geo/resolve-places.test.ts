import { describe, expect, it } from 'vitest';
import { resolveMarked } from './test-resolve.js';

/** Resolves the [bracketed] names of a text as place mentions (the entities stage is not involved). */
const resolve = (marked: string) => resolveMarked(marked).map((m) => [m.name, m.placed, m.rule]);

describe('resolvePlaces: names the city list lacks', () => {
  it.each([
    ['[Laurel County] officials met.', [['Laurel County', 'admin2:US.KY.125', 'gazetteer:unique']]],
    ['[Minnesotans] voted.', [['Minnesotans', 'admin1:US.MN', 'gazetteer:unique']]],
    // A demonym is no place ("a Canadian"), unless it is the place's own name too ("the Caribbean").
    ['[European] ministers met.', [['European', null, null]]],
    ['A [Canadian] was among the dead.', [['Canadian', null, null]]],
    ['Storms hit the [Caribbean].', [['Caribbean', 'region:caribbean', 'gazetteer:unique']]],
    // A common word the gazetteer lacks needs a place word, not just "in", to be placed by the context.
    [
      'Posted in [Humor]. A man in [Dallas] built a house.',
      [
        ['Humor', null, null],
        ['Dallas', 'geonames:4684888', 'gazetteer:context'],
      ],
    ],
    [
      'Farmers in the village of [Humor] near [Dallas] met.',
      [
        ['Humor', '~region', 'context:near-main-town'],
        ['Dallas', 'geonames:4684888', 'gazetteer:context'],
      ],
    ],
    [
      'The study in [Heart] was read in [Dallas].',
      [
        ['Heart', null, null],
        ['Dallas', 'geonames:4684888', 'gazetteer:context'],
      ],
    ],
    // A brand the tagger reads as a place ("Wella in Darmstadt") is not placed beside the town.
    [
      'He worked at [Wella] in [Darmstadt].',
      [
        ['Wella', null, null],
        ['Darmstadt', 'geonames:2938913', 'gazetteer:context'],
      ],
    ],
    ['Snow fell on [Quebec City].', [['Quebec City', 'geonames:6325494', 'gazetteer:unique']]],
    // A street is placed in the document's main town, without a gazetteer id; a lone "West" nowhere.
    [
      'Crowds filled [Royal Street]. Officials in [New Orleans] and a [West] ally said so.',
      [
        ['Royal Street', '~city', 'context:in-main-town'],
        ['New Orleans', 'geonames:4335045', 'gazetteer:unique'],
        ['West', null, null],
      ],
    ],
    // A name the text puts in a place right after it ("in", "at") is placed there, without a gazetteer id.
    [
      'Crowds filled [Royal Street] in [New Orleans].',
      [
        ['Royal Street', '~city', 'context:beside-place'],
        ['New Orleans', 'geonames:4335045', 'gazetteer:unique'],
      ],
    ],
    [
      'Talks at the [Palais des Nations] in [Geneva] resumed.',
      [
        ['Palais des Nations', '~city', 'context:beside-place'],
        ['Geneva', 'geonames:2660646', 'gazetteer:context'],
      ],
    ],
    // "in the" before the place the text puts a name in.
    [
      'The president visited the [Embassy of Armenia] in the [Holy See].',
      [
        ['Embassy of Armenia', '~country', 'context:beside-place'],
        ['Holy See', 'iso:VA', 'gazetteer:unique'],
      ],
    ],
    // A village far from the document and outside its country is taken for a name the gazetteer lacks (a
    // street: not Grand, Vosges); in its country it stays.
    [
      'Police in [Chicago] said the man ran to [Grand] and [State].',
      [
        ['Chicago', 'geonames:4887398', 'gazetteer:unique'],
        ['Grand', '~region', 'context:near-main-town'],
        ['State', null, null],
      ],
    ],
    [
      'Farmers in [Grand], a village of the [Vosges] in [France], protested.',
      [
        ['Grand', 'geonames:3015368', 'gazetteer:context'],
        ['Vosges', 'admin2:FR.44.88', 'gazetteer:unique'],
        ['France', 'iso:FR', 'gazetteer:unique'],
      ],
    ],
    // A country or sizeable town named inside an unknown name; a street is named after anything.
    ['The [Bank of Japan] held rates.', [['Bank of Japan', 'iso:JP', 'gazetteer:embedded']]],
    [
      'Shots on [Hampton Avenue] near [St. Louis].',
      [
        ['Hampton Avenue', '~city', 'context:in-main-town'],
        ['St. Louis', 'geonames:4407066', 'gazetteer:context'],
      ],
    ],
    // The main town lies in the document's country: Liverpool's club named often in an article about Egypt.
    [
      'In [Egypt], [Liverpool] fans cheered; [Liverpool] won; [Liverpool] again. A school in [Cairo]. Children at [Nagrigville] too.',
      [
        ['Egypt', 'iso:EG', 'gazetteer:context'],
        ['Liverpool', 'geonames:2644210', 'gazetteer:context'],
        ['Liverpool', 'geonames:2644210', 'gazetteer:context'],
        ['Liverpool', 'geonames:2644210', 'gazetteer:context'],
        ['Cairo', 'geonames:360630', 'gazetteer:context'],
        ['Nagrigville', '~region', 'context:near-main-town'],
      ],
    ],
    // An unknown name near the main town is placed there at region precision; with no town, nowhere.
    [
      'Shells fell on [Kfraya] near [Aleppo].',
      [
        ['Kfraya', '~region', 'context:near-main-town'],
        ['Aleppo', 'geonames:170063', 'gazetteer:context'],
      ],
    ],
    ['Shells fell on [Kfraya].', [['Kfraya', null, null]]],
    // With no town but a country, in that country.
    [
      'Shells fell on [Kfraya]. [Syria] said so.',
      [
        ['Kfraya', '~country', 'context:in-focus-country'],
        ['Syria', 'iso:SY', 'gazetteer:unique'],
      ],
    ],
    // Three capitals are an acronym, not the town of Chu (Kazakhstan).
    ['Doctors at [CHU] said so.', [['CHU', null, null]]],
    // A place that owns the name right before it ("London's").
    [
      'Dogs came from [London]’s [Heathrow Animal Reception Center].',
      [
        ['London', 'geonames:2643743', 'gazetteer:context'],
        ['Heathrow Animal Reception Center', '~city', 'context:beside-place'],
      ],
    ],
    // A region stated after a name the gazetteer lacks, or after a town it only knows elsewhere (Grantville,
    // Georgia), places the name in that region; not in a list, where the next name is the next item.
    [
      '[CAMP MURRAY], [Wash.] - Troops trained.',
      [
        ['CAMP MURRAY', '~region', 'context:stated-region'],
        ['Wash.', 'admin1:US.WA', 'gazetteer:unique'],
      ],
    ],
    [
      'She was born in [Grantville], [Pennsylvania], in 1913.',
      [
        ['Grantville', '~region', 'context:stated-region'],
        ['Pennsylvania', 'admin1:US.PA', 'gazetteer:unique'],
      ],
    ],
    [
      'Buses ran to [Siaya], [Kisii], [Wajir] and [Nyando].',
      [
        ['Siaya', 'geonames:383388', 'gazetteer:context'],
        ['Kisii', 'geonames:191299', 'gazetteer:context'],
        ['Wajir', 'geonames:178443', 'gazetteer:context'],
        ['Nyando', '~region', 'context:near-main-town'],
      ],
    ],
    // A street named with another ("Bourbon and Dauphine streets") lies in the main town, not in Bourbon, Indiana.
    [
      'Crowds walked down [Bourbon] and Dauphine streets in [New Orleans].',
      [
        ['Bourbon', '~city', 'context:in-main-town'],
        ['New Orleans', 'geonames:4335045', 'gazetteer:unique'],
      ],
    ],
    // A small town far from the main town inside a name is a word of the name (Wilson, North Carolina).
    [
      'Pupils at [Ronald Wilson Reagan Middle] ride buses. [Gainesville], [Haymarket] and [Manassas] grew.',
      [
        ['Ronald Wilson Reagan Middle', '~region', 'context:near-main-town'],
        ['Gainesville', 'geonames:4760363', 'gazetteer:context'],
        ['Haymarket', 'geonames:4763452', 'gazetteer:context'],
        ['Manassas', 'geonames:4771401', 'gazetteer:context'],
      ],
    ],
    // With no town, in the first-level region the document names most; but only a name the text says is a
    // place's ("mines near Bafokeng", not "the Bafokeng example").
    [
      'Deals in [North West] and [Limpopo] followed talks near [Bafokeng]; [North West] again.',
      [
        ['North West', 'admin1:ZA.10', 'gazetteer:context'],
        ['Limpopo', 'admin1:ZA.09', 'gazetteer:unique'],
        ['Bafokeng', '~region', 'context:in-main-region'],
        ['North West', 'admin1:ZA.10', 'gazetteer:context'],
      ],
    ],
    [
      'Deals in [North West] and [Limpopo] followed the [Bafokeng] example; [North West] again.',
      [
        ['North West', 'admin1:ZA.10', 'gazetteer:context'],
        ['Limpopo', 'admin1:ZA.09', 'gazetteer:unique'],
        ['Bafokeng', null, null],
        ['North West', 'admin1:ZA.10', 'gazetteer:context'],
      ],
    ],
    // A name of two words needs no such evidence; a one-word name does.
    [
      'Deals in [North West] and [Limpopo] followed the [Bafokeng Nation] example; [North West] again.',
      [
        ['North West', 'admin1:ZA.10', 'gazetteer:context'],
        ['Limpopo', 'admin1:ZA.09', 'gazetteer:unique'],
        ['Bafokeng Nation', '~region', 'context:in-main-region'],
        ['North West', 'admin1:ZA.10', 'gazetteer:context'],
      ],
    ],
    // A building's "X of Y" stands in the main town, not at the middle of Japan.
    [
      'Fans met at the [Embassy of Japan]. [Bloomington] and [Richfield] grew.',
      [
        ['Embassy of Japan', '~city', 'context:in-main-town'],
        ['Bloomington', 'geonames:5018739', 'gazetteer:context'],
        ['Richfield', 'geonames:5043193', 'gazetteer:context'],
      ],
    ],
  ])('%s', (text, expected) => expect(resolve(text)).toEqual(expected));
});

describe('resolvePlaces: mentions known to be places need no place evidence', () => {
  const certain = (marked: string) => resolveMarked(marked, 1).map((m) => [m.name, m.placed, m.rule]);
  it.each([
    // Given toponyms (confidence 1): the one-word name is placed in the main region all the same.
    [
      'Deals in [North West] and [Limpopo] followed the [Bafokeng] example; [North West] again.',
      [
        ['North West', 'admin1:ZA.10', 'gazetteer:context'],
        ['Limpopo', 'admin1:ZA.09', 'gazetteer:unique'],
        ['Bafokeng', '~region', 'context:in-main-region'],
        ['North West', 'admin1:ZA.10', 'gazetteer:context'],
      ],
    ],
    // Certainty is no point: with nothing in the text to place it by, the name stays unplaced.
    ['Shells fell on [Kfraya].', [['Kfraya', null, null]]],
    // An acronym of three capitals is still not the town of Chu.
    ['Doctors at [CHU] said so.', [['CHU', null, null]]],
  ])('%s', (text, expected) => expect(certain(text)).toEqual(expected));
});
