import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../model/entity-mention.js';
import { aliasKeys } from './alias-keys.js';

const k = (key: string, type: EntityType, mentions = 1) => ({
  key,
  type,
  acronym: false,
  mentions,
  gazetteerId: null,
});

// Across reports, one person's full name spelt several ways is one person (under its most mentioned spelling).
describe('aliasKeys: spelling variants of a person name', () => {
  it.each([
    [
      'three spellings, a surname of one of them',
      [
        k('mohamed morsi', 'person', 27),
        k('mohammed morsi', 'person', 3),
        k('mohamed mursi', 'person', 4),
        k('mursi', 'person'),
      ],
      [
        ['mohamed mursi', 'mohamed morsi'],
        ['mohammed morsi', 'mohamed morsi'],
        ['mursi', 'mohamed morsi'],
      ],
    ],
    [
      'article and doubled letters',
      [k('abdel fattah al-sisi', 'person', 2), k('abdel fatah el-sissi', 'person')],
      [['abdel fatah el-sissi', 'abdel fattah al-sisi']],
    ],
    // Negatives: another first name, a part of another vowel class, an organisation.
    ['another first name', [k('ahmed morsi', 'person'), k('mohamed mursi', 'person')], []],
    ['another vowel class', [k('ali khan', 'person'), k('ala khan', 'person')], []],
    ['a consonant apart', [k('imran khan', 'person'), k('imran kahn', 'person')], []],
    ['not a person', [k('mohamed morsi', 'person'), k('mohammed morsi', 'place')], []],
  ])('%s', (_, infos, expected) => expect([...aliasKeys(infos)].sort()).toEqual([...expected].sort()));
});
