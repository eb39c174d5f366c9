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
    // Negatives.
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
