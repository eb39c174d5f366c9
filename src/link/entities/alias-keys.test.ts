import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../model/entity-mention.js';
import { aliasKeys } from './alias-keys.js';

const k = (
  key: string,
  type: EntityType,
  acronym = false,
  mentions = 1,
  gazetteerId: string | null = null,
) => ({
  key,
  type,
  acronym,
  mentions,
  gazetteerId,
});
const SOHR = 'syrian observatory for human rights';

describe('aliasKeys', () => {
  it.each([
    ['acronym of the initials', [k(SOHR, 'organization'), k('sohr', 'organization', true)], [['sohr', SOHR]]],
    [
      'shortened organisation name',
      [k(SOHR, 'organization'), k('observatory', 'organization')],
      [['observatory', SOHR]],
    ],
    [
      'surname (article optional)',
      [k('bashar al-assad', 'person'), k('assad', 'person')],
      [['assad', 'bashar al-assad']],
    ],
    [
      'untyped alias joins a typed name',
      [k('staffan de mistura', 'person'), k('de mistura', 'other')],
      [['de mistura', 'staffan de mistura']],
    ],
    [
      'chains resolve to the longest name',
      [
        k(SOHR, 'organization'),
        k('observatory for human rights', 'organization'),
        k('observatory', 'organization'),
      ],
      [
        ['observatory for human rights', SOHR],
        ['observatory', SOHR],
      ],
    ],
    [
      'one organisation written with and without suffixes, to the most mentioned',
      [
        k('ford motor company', 'organization', false, 3),
        k('ford motor co.', 'organization'),
        k('ford', 'organization'),
      ],
      [
        ['ford motor co.', 'ford motor company'],
        ['ford', 'ford motor company'],
      ],
    ],
    [
      'country names written as their code',
      [
        k('united states air force', 'group', false, 2),
        k('u.s. air force', 'group'),
        k('russian air force', 'group'),
      ],
      [['u.s. air force', 'united states air force']],
    ],
    [
      'places resolved to one gazetteer entry',
      [
        k('united states', 'place', false, 3, 'geonames:6252001'),
        k('u.s.', 'place', false, 1, 'geonames:6252001'),
      ],
      [['u.s.', 'united states']],
    ],
    [
      'an organisation and the same name with a generic closing word',
      [k('buzzfeed news', 'organization', false, 3), k('buzzfeed', 'organization', false, 2)],
      [['buzzfeed', 'buzzfeed news']],
    ],
    [
      'an untyped name and one closing word',
      [k('buzzfeed news', 'organization'), k('buzzfeed', 'other')],
      [['buzzfeed', 'buzzfeed news']],
    ],
    [
      'a short given name, the same family name',
      [k('andrew smith', 'person', false, 2), k('andy smith', 'person'), k('smith', 'person')],
      [
        ['andy smith', 'andrew smith'],
        ['smith', 'andrew smith'],
      ],
    ],
    [
      'a short given name under the more mentioned short form',
      [k('william burns', 'person'), k('bill burns', 'person', false, 4)],
      [['william burns', 'bill burns']],
    ],
    // Negatives.
    ['a short given name, another family name', [k('andrew smith', 'person'), k('andy jones', 'person')], []],
    [
      'a short form of several given names',
      [
        k('christopher lee', 'person'),
        k('chris lee', 'person'),
        k('steven hill', 'person'),
        k('steve hill', 'person'),
      ],
      [],
    ],
    [
      'a short form of one name, another full name',
      [k('andrew smith', 'person'), k('anthony smith', 'person'), k('andy smith', 'person')],
      [['andy smith', 'andrew smith']],
    ],
    ['a person and an organisation of one name', [k('ford motor', 'organization'), k('ford', 'person')], []],
    ['a people and its news', [k('arab news', 'organization'), k('arab', 'other')], []],
    [
      'a closing word that is no generic word',
      [k('fox sports', 'organization'), k('fox', 'organization')],
      [],
    ],
    [
      'places resolved to different entries, or not at all',
      [
        k('aleppo', 'place', false, 2, 'geonames:170063'),
        k('aleppo airport', 'place', false, 1, 'g:2'),
        k('idlib', 'place'),
      ],
      [],
    ],
    [
      'a distinct name inside a longer one',
      [k('intel core duo', 'organization'), k('intel', 'organization')],
      [],
    ],
    [
      'an alias of two names stays apart',
      [
        k('syrian government', 'organization'),
        k('russian government', 'organization'),
        k('government', 'organization'),
      ],
      [],
    ],
    ['initials only from capitals', [k(SOHR, 'organization'), k('sohr', 'organization', false)], []],
    ['no person by initials', [k('john smith', 'person'), k('js', 'person', true)], []],
    ['places never merge', [k('aleppo airport', 'place'), k('aleppo', 'place')], []],
    ['incompatible types stay apart', [k('government forces', 'group'), k('government', 'organization')], []],
  ])('%s', (_rule, infos, expected) => {
    expect([...aliasKeys(infos)]).toEqual(expected);
  });
});
