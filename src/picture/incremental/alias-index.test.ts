import { describe, expect, it } from 'vitest';
import { aliasKeys, type KeyInfo } from '../../link/entities/alias-keys.js';
import type { EntityType } from '../../model/entity-mention.js';
import { aliasIndex } from './alias-index.js';
import { seeded, shuffled } from './grown-docs.test-support.js';

const info = (key: string, type: EntityType, mentions = 1, extra: Partial<KeyInfo> = {}): KeyInfo => ({
  key,
  type,
  acronym: false,
  mentions,
  gazetteerId: null,
  ...extra,
});

/** Keys of the kinds aliasKeys relates: acronyms, partial names, suffixes, one gazetteer place, ambiguity. */
const KEYS: readonly KeyInfo[] = [
  info('syrian observatory for human rights', 'organization', 5),
  info('sohr', 'organization', 3, { acronym: true }),
  info('observatory', 'organization', 2),
  info('bashar al-assad', 'person', 4),
  info('assad', 'person', 6),
  info('asma al-assad', 'person', 1),
  info('syrian government', 'organization', 3),
  info('government', 'other', 4),
  info('turkish government', 'organization', 1),
  info('ford motor company', 'organization', 2),
  info('ford motor co.', 'organization', 3),
  info('united states', 'place', 5, { gazetteerId: 'g:us' }),
  info('us', 'place', 9, { gazetteerId: 'g:us' }),
  info('intel', 'organization', 2),
  info('intel core duo', 'organization', 1),
  info('citigroup inc.', 'organization', 1),
  info('citigroup', 'organization', 2),
  info('aleppo', 'place', 7, { gazetteerId: 'g:aleppo' }),
  info('east aleppo', 'place', 3, { gazetteerId: 'g:east' }),
];

const asObject = (m: Map<string, string>) => Object.fromEntries([...m].sort());
const indexed = (keys: readonly string[], index: ReturnType<typeof aliasIndex>) =>
  Object.fromEntries(
    keys.flatMap((k) => (index.target(k) === undefined ? [] : [[k, index.target(k)!]])).sort(),
  );

describe('aliasIndex equals aliasKeys', () => {
  it('over the whole set at once', () => {
    const index = aliasIndex();
    index.update(KEYS);
    expect(
      indexed(
        KEYS.map((k) => k.key),
        index,
      ),
    ).toEqual(asObject(aliasKeys(KEYS)));
    expect(index.target('sohr')).toBe('syrian observatory for human rights');
    expect(index.target('asma al-assad')).toBeUndefined();
  });

  it.each([1, 2, 3, 4, 5])('key by key, with counts and types changing (order %i)', (seed) => {
    const random = seeded(seed);
    const index = aliasIndex();
    const current = new Map<string, KeyInfo>();
    let reported = new Map<string, string>();
    for (const k of shuffled([...KEYS, ...KEYS.map((x) => ({ ...x, mentions: x.mentions + 5 }))], random)) {
      const was = current.get(k.key);
      const next = was && random() < 0.3 ? { ...k, type: was.type === 'person' ? 'other' : k.type } : k;
      current.set(k.key, next as KeyInfo);
      const changed = index.update([next as KeyInfo]);
      const expected = aliasKeys([...current.values()]);
      expect(indexed([...current.keys()], index)).toEqual(asObject(expected));
      const moved = [...current.keys()].filter((key) => reported.get(key) !== expected.get(key));
      expect([...changed].sort()).toEqual(moved.sort());
      reported = expected;
    }
  });
});
