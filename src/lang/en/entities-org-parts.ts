import type { OrgKind } from './entities-lexicon.js';

/**
 * Heads that, after an owner's possessive, name an organisation of its own ("the Syrian army's media arm",
 * "Russia's defence ministry"): linked to the owner but not the owner. Up to two modifiers may precede the head
 * ("foreign ministry", "official news agency").
 */
export const ORG_PART_HEADS: Readonly<Record<string, OrgKind | null>> = {
  'media arm': 'state-media',
  'media office': 'state-media',
  'media centre': 'state-media',
  'media center': 'state-media',
  'press office': null,
  'press service': null,
  "spokesman's office": null,
  'news agency': 'news-agency',
  ministry: 'government',
  'general command': null,
  'high command': null,
  command: null,
  'intelligence service': null,
  'security service': null,
};

/** A national body named by a generic phrase; `canon` is its key after the nationality ("syrian government"). */
export interface NationalOrgHead {
  readonly canon: string;
  readonly kind: OrgKind;
  /** Without a nationality, the phrase names the body only after "the" ("the regime", not "regime forces"). */
  readonly needsThe: boolean;
}
const gov = { canon: 'government', kind: 'government', needsThe: true } as const;
const tv = { canon: 'state television', kind: 'state-media', needsThe: false } as const;

/** Generic phrases for a country's government and state media ("Syrian state TV", "the regime"). */
export const NATIONAL_ORG_HEADS: Readonly<Record<string, NationalOrgHead>> = {
  government: gov,
  regime: gov,
  authorities: gov,
  'state tv': tv,
  'state television': tv,
  'state media': tv,
  'state-run television': tv,
  'state-run tv': tv,
  'state-run media': tv,
  'state news agency': { canon: 'state news agency', kind: 'state-media', needsThe: false },
  'official news agency': { canon: 'state news agency', kind: 'state-media', needsThe: false },
  'foreign ministry': { canon: 'foreign ministry', kind: 'government', needsThe: true },
  'defence ministry': { canon: 'defence ministry', kind: 'government', needsThe: true },
  'defense ministry': { canon: 'defence ministry', kind: 'government', needsThe: true },
};
