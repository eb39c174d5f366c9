import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { segmentStage } from '../segment/segment-stage.js';
import { findEntities } from './find-entities.js';
import { mentionRows } from './test-typed-mentions.js';

const SOHR = 'syrian observatory for human rights';
const mentions = (text: string) => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  return findEntities(text, segmentStage.run({}, ctx).tokens, ctx.documentId);
};
const rows = mentionRows;

// Alias and coreference rules inside one report: each row names a rule, a text, and the exact mentions of it.
describe('findEntities: aliases within a report', () => {
  it.each([
    [
      'acronym defined in brackets',
      'The Syrian Observatory for Human Rights (SOHR) said 20 died. SOHR said more.',
      ['SOHR'],
      [
        ['SOHR', 41, 'organization', SOHR, false, 'acronym'],
        ['SOHR', 61, 'organization', SOHR, false, 'acronym'],
      ],
    ],
    [
      'acronym defined over several names',
      'The Islamic State of Iraq and the Levant (ISIL) took the town. ISIL fighters fled.',
      ['Islamic State of Iraq and the Levant', 'ISIL', 'Islamic State', 'Levant'],
      [
        [
          'Islamic State of Iraq and the Levant',
          4,
          'group',
          'islamic state of iraq and the levant',
          false,
          'acronym-definition',
        ],
        ['ISIL', 42, 'group', 'islamic state of iraq and the levant', false, 'acronym'],
        ['ISIL', 63, 'group', 'islamic state of iraq and the levant', false, 'acronym'],
      ],
    ],
    [
      'acronym spelling the initials of an earlier name, without brackets',
      'The Syrian Observatory for Human Rights said 20 died. Later, SOHR said more.',
      ['SOHR'],
      [['SOHR', 61, 'organization', SOHR, false, 'initials']],
    ],
    [
      'negative: an acronym that spells no earlier name stays its own',
      'The Syrian Observatory for Human Rights said 20 died. Later, SOR said more.',
      ['SOR'],
      [['SOR', 61, 'organization', 'sor', false, 'tagger:ORG']],
    ],
    [
      'shortened form with modifiers ("the Britain-based Observatory")',
      'The Syrian Observatory for Human Rights said 20 died. Later the Britain-based Observatory said more.',
      ['the Britain-based Observatory', 'Britain'],
      [['the Britain-based Observatory', 60, 'organization', SOHR, true, 'descriptive:name']],
    ],
    [
      'shortened form ("the Observatory")',
      'The Syrian Observatory for Human Rights said 20 died. On Saturday, the Observatory said more.',
      ['the Observatory', 'Observatory'],
      [['the Observatory', 67, 'organization', SOHR, true, 'descriptive:name']],
    ],
    [
      'negative: a shortened form with nothing before it is a name of its own',
      'The Observatory said 20 died.',
      ['The Observatory'],
      [['The Observatory', 0, 'organization', 'observatory', false, 'org-cue']],
    ],
    [
      'descriptive reference by kind ("the monitor")',
      'The Syrian Observatory for Human Rights said 20 died. Later the monitor said more.',
      ['the monitor'],
      [['the monitor', 60, 'organization', SOHR, true, 'descriptive:monitor']],
    ],
    [
      'descriptive reference by title ("the envoy")',
      'UN envoy Jan Smit arrived. The envoy said no.',
      ['The envoy'],
      [['The envoy', 27, 'person', 'jan smit', true, 'descriptive:envoy']],
    ],
    ['negative: "the envoy" with no envoy before it', 'The envoy said no.', ['The envoy'], []],
    [
      'descriptor before a name ("state news agency SANA")',
      'Five people died, state news agency SANA said.',
      ['state news agency', 'SANA'],
      [
        ['state news agency', 18, 'organization', 'sana', true, 'descriptor'],
        ['SANA', 36, 'organization', 'sana', false, 'lexicon:organization'],
      ],
    ],
    [
      'demonym + state media, then the generic phrase',
      'Syrian state TV said the army advanced. Later state television showed buses.',
      ['Syrian state TV', 'state television'],
      [
        ['Syrian state TV', 0, 'organization', 'syrian state television', false, 'national-org'],
        ['state television', 46, 'organization', 'syrian state television', true, 'national-org:focus'],
      ],
    ],
    [
      'surname after the full name',
      'President Bashar al-Assad spoke. Assad left.',
      ['Assad'],
      [['Assad', 33, 'person', 'bashar al-assad', true, 'surname']],
    ],
    [
      'a lone first word before the full name is that person too',
      'Assad left. President Bashar al-Assad spoke.',
      ['Assad'],
      [['Assad', 0, 'person', 'bashar al-assad', true, 'surname']],
    ],
    [
      'negative: a lone first word with no full name anywhere stays a name of its own',
      'Zorbek left. President Bashar al-Assad spoke.',
      ['Zorbek'],
      [['Zorbek', 0, 'other', 'zorbek', false, 'lone-name']],
    ],
  ])('%s', (_rule, text, wanted, expected) => {
    expect(rows(text, wanted)).toEqual(expected);
  });
});

// A capital or country standing for its government when it makes a claim or acts; a place otherwise.
describe('findEntities: "Damascus said" is the government', () => {
  const gov = (country: string) => `${country} government`;
  it.each([
    ['Damascus said the talks failed.', [['Damascus', 0, 'organization', gov('syrian'), true]]],
    ['Moscow, a key regime ally, has denied it.', [['Moscow', 0, 'organization', gov('russian'), true]]],
    [
      'Both Damascus and Moscow have accused rebels of lying.',
      [
        ['Damascus', 5, 'organization', gov('syrian'), true],
        ['Moscow', 18, 'organization', gov('russian'), true],
      ],
    ],
    ['The strike killed 20, according to Ankara.', [['Ankara', 35, 'organization', gov('turkish'), true]]],
    ['Russia has announced a pause.', [['Russia', 0, 'organization', gov('russian'), true]]],
    // Negatives: places.
    ['Talks in Damascus ended.', [['Damascus', 9, 'place', 'damascus', false]]],
    ['Residents in Moscow said they were afraid.', [['Moscow', 13, 'place', 'moscow', false]]],
    [
      'Passages run by Moscow, which began a campaign, stayed open.',
      [['Moscow', 16, 'place', 'moscow', false]],
    ],
    ['Aleppo said nothing.', [['Aleppo', 0, 'place', 'aleppo', false]]],
  ])('%s', (text, expected) => {
    const got = mentions(text).map((e) => [
      text.slice(e.span.start, e.span.end),
      e.span.start,
      e.type,
      e.key,
      e.anaphoric,
    ]);
    expect(
      got.filter((r) => ['Damascus', 'Moscow', 'Ankara', 'Russia', 'Aleppo'].includes(r[0] as string)),
    ).toEqual(expected);
  });

  it('names the government, not the city, when no span of the report does', () => {
    expect(mentions('Damascus said the talks failed.')[0]?.name).toBe('Syrian government');
  });
});

describe('findEntities: a generic word after a named group is its head noun', () => {
  it.each([
    ['"the Kurdish YPG militia": one group', 'The Kurdish YPG militia moved in.', [['YPG', 'group']]],
    ['"IS militants": one group', 'IS militants fled the town.', [['IS', 'group']]],
    [
      'negative: a generic group of its own after "and"',
      'The YPG and the militia clashed.',
      [
        ['YPG', 'group'],
        ['militia', 'group'],
      ],
    ],
    [
      'negative: after a place, the group stays',
      'Aleppo rebels fled.',
      [
        ['Aleppo', 'place'],
        ['rebels', 'group'],
      ],
    ],
    [
      'a country before a group noun names its armed body',
      'The U.S. military raided the town.',
      [['U.S. military', 'group']],
    ],
    [
      'a country before a noun of state office stands for its government',
      'U.S. officials met in Geneva.',
      [
        ['U.S.', 'organization'],
        ['Geneva', 'place'],
      ],
    ],
    [
      'negative: a country before another noun stays a place',
      'U.S. companies met in Geneva.',
      [
        ['U.S.', 'place'],
        ['Geneva', 'place'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(mentions(text).map((e) => [text.slice(e.span.start, e.span.end), e.type])).toEqual(expected);
  });
});
