import { describe, expect, it } from 'vitest';
import type { NerType } from '../../ner/ner-labels.js';
import { typedRows } from './test-typed-mentions.js';

type Runs = readonly (readonly [string, NerType])[];

// A run the tagger read as a place, with no gazetteer entry or place cue to vouch for it: a person's name, a
// common word, an acronym for a body, a company in a list of companies. Real places stay places.
describe('findEntities: a doubtful place the tagger read', () => {
  it.each<[string, string, Runs, unknown[]]>([
    [
      'a given name and a rare word are a person',
      'The host Victoria Quellbrand said so.',
      [['Victoria Quellbrand', 'LOC']],
      [['Victoria Quellbrand', 9, 'person', 'victoria quellbrand', 'person-not-place']],
    ],
    [
      'a name ending in "Jr." is a person',
      'The actor Dale Morrow Jr. starred in it.',
      [['Dale Morrow Jr.', 'LOC']],
      [['Dale Morrow Jr.', 10, 'person', 'dale morrow jr.', 'person-not-place']],
    ],
    [
      'a word before a given name and "Jr." is no name',
      'Secretary of Trade Walter Morrow Jr. called.',
      [['Trade Walter Morrow Jr.', 'LOC']],
      [],
    ],
    [
      'an office\'s last word before a name and "Jr." is no name',
      'Secretary of Trade Holm Morrow Jr. called.',
      [['Trade Holm Morrow Jr.', 'LOC']],
      [],
    ],
    [
      'negative: a name and "Jr." after "of" with no office before it is a person',
      'A son of Holm Morrow Jr. called.',
      [['Holm Morrow Jr.', 'LOC']],
      [['Holm Morrow Jr.', 9, 'person', 'holm morrow jr.', 'person-not-place']],
    ],
    [
      'negative: a given name before a common word stays a place',
      'The fair at Martin Meadow drew crowds.',
      [['Martin Meadow', 'LOC']],
      [['Martin Meadow', 12, 'place', 'martin meadow', 'tagger:LOC']],
    ],
    [
      'negative: a two-word place the gazetteer knows stays',
      'Tourists skied at Big Sky all week.',
      [['Big Sky', 'LOC']],
      [['Big Sky', 18, 'place', 'big sky', 'tagger:LOC']],
    ],
    [
      'a common word also written in lower case is no name',
      'Staff at Heart said the heart of the plan was care.',
      [['Heart', 'LOC']],
      [],
    ],
    [
      'a common word before the noun it modifies is no name',
      'Media playback is unsupported here.',
      [['Media', 'LOC']],
      [],
    ],
    [
      'negative: the same word after "in", a town the gazetteer knows, stays a place',
      'She lives in Media with her sons.',
      [['Media', 'LOC']],
      [['Media', 13, 'place', 'media', 'tagger:LOC']],
    ],
    [
      'negative: a common word a notable town bears stays a place',
      'Police in Sycamore said the sycamore trees fell.',
      [['Sycamore', 'LOC']],
      [['Sycamore', 10, 'place', 'sycamore', 'tagger:LOC']],
    ],
    [
      'negative: a town no common word names stays a place',
      'He came from Polson, then Antrim and Homs.',
      [
        ['Polson', 'LOC'],
        ['Antrim', 'LOC'],
        ['Homs', 'LOC'],
      ],
      [
        ['Polson', 13, 'place', 'polson', 'tagger:LOC'],
        ['Antrim', 26, 'place', 'antrim', 'tagger:LOC'],
        ['Homs', 37, 'place', 'homs', 'tagger:LOC'],
      ],
    ],
    [
      'an acronym the gazetteer lacks is a body',
      'The feed at WQRT went dark.',
      [['WQRT', 'LOC']],
      [['WQRT', 12, 'organization', 'wqrt', 'acronym-not-place']],
    ],
    [
      'negative: an acronym the gazetteer knows stays a place',
      'Prices in the UK rose.',
      [['UK', 'LOC']],
      [['UK', 14, 'place', 'uk', 'tagger:LOC']],
    ],
    [
      'negative: a word in a headline all in capitals stays a place',
      'TROOPS ENTER KALAB',
      [['KALAB', 'LOC']],
      [['KALAB', 13, 'place', 'kalab', 'tagger:LOC']],
    ],
    [
      'a name in a list of companies is an organisation',
      'Sponsors include insurers such as Allmark, Stone Farm and Geico.',
      [
        ['Allmark', 'ORG'],
        ['Stone Farm', 'LOC'],
        ['Geico', 'ORG'],
      ],
      [
        ['Allmark', 34, 'organization', 'allmark', 'tagger:ORG'],
        ['Stone Farm', 43, 'organization', 'stone farm', 'company-not-place'],
        ['Geico', 58, 'organization', 'geico', 'tagger:ORG'],
      ],
    ],
    [
      'negative: a name in a list of cities stays a place',
      'It has offices in cities (Paris, Stone Farm and Lyon).',
      [
        ['Paris', 'LOC'],
        ['Stone Farm', 'LOC'],
        ['Lyon', 'LOC'],
      ],
      [
        ['Paris', 26, 'place', 'paris', 'tagger:LOC'],
        ['Stone Farm', 33, 'place', 'stone farm', 'tagger:LOC'],
        ['Lyon', 48, 'place', 'lyon', 'tagger:LOC'],
      ],
    ],
    [
      'a web platform is an organisation',
      'He posted it on Facebook after reading Wikipedia.',
      [
        ['Facebook', 'LOC'],
        ['Wikipedia', 'LOC'],
      ],
      [
        ['Facebook', 16, 'organization', 'facebook', 'lexicon:organization'],
        ['Wikipedia', 39, 'organization', 'wikipedia', 'lexicon:organization'],
      ],
    ],
    [
      'negative: a product a platform name opens is named whole',
      'She wore Google Glass daily.',
      [['Google Glass', 'ORG']],
      [['Google Glass', 9, 'organization', 'google glass', 'tagger:ORG']],
    ],
  ])('%s', (_name, text, runs, rows) => {
    expect(typedRows(text, runs)).toEqual(rows);
  });
});
