import { PLATFORM_NAMES } from './entities-platforms.js';

/**
 * Named and generic actors found by phrase. `key` merges synonyms (else the lower-cased phrase is the key);
 * `proper` entries must start with a capital in the text, `exact` ones must match letter for letter ("IS",
 * "WHO"); `kind` feeds descriptive references ("the monitor", "the agency").
 */
export interface LexiconEntry {
  readonly phrase: string;
  readonly type: 'organization' | 'group';
  readonly key?: string;
  readonly kind?: OrgKind;
  readonly proper?: boolean;
  readonly exact?: boolean;
  /** Named only as a whole run: a longer name it opens ("Google Glass") is another name, not this one. */
  readonly whole?: boolean;
}
export type OrgKind =
  | 'monitor'
  | 'state-media'
  | 'news-agency'
  | 'broadcaster'
  | 'un-agency'
  | 'aid-agency'
  | 'government';

const group = (phrase: string, key?: string): LexiconEntry => ({
  phrase,
  type: 'group',
  ...(key ? { key } : {}),
});
const named = (
  phrase: string,
  type: LexiconEntry['type'],
  extra: Partial<LexiconEntry> = {},
): LexiconEntry => ({
  phrase,
  type,
  proper: true,
  ...extra,
});

export const ENTITY_LEXICON: readonly LexiconEntry[] = [
  // Generic armed actors.
  group('rebels'),
  group('rebel forces', 'rebels'),
  group('rebel fighters', 'rebels'),
  group('rebel groups', 'rebels'),
  group('insurgents'),
  group('militia'),
  group('militias', 'militia'),
  group('militants'),
  group('jihadists'),
  group('jihadist groups', 'jihadists'),
  group('opposition fighters', 'rebels'),
  group('opposition forces', 'rebels'),
  group('government forces'),
  group('government troops', 'government forces'),
  group('pro-government forces', 'government forces'),
  group('government ground units', 'government forces'),
  group('regime forces', 'government forces'),
  group('regime troops', 'government forces'),
  group('loyalist forces', 'government forces'),
  group('allied forces'),
  group('the army', 'army'),
  group('security forces'),
  group('syrian army'),
  group('syrian air force'),
  group('russian air force'),
  group('coalition forces'),
  group('kurdish forces'),
  // Named armed and political groups.
  named('YPG', 'group'),
  named("People's Protection Units", 'group', { key: 'ypg' }),
  named('SDF', 'group'),
  named('Syrian Democratic Forces', 'group', { key: 'sdf' }),
  named('Peshmerga', 'group'),
  named('Kurdish Peshmerga', 'group', { key: 'peshmerga' }),
  named('Hezbollah', 'group'),
  named('Hizbollah', 'group', { key: 'hezbollah' }),
  named('Republican Guard', 'group'),
  named('Fourth Division', 'group'),
  named('Islamic State', 'group'),
  named('Islamic State group', 'group', { key: 'islamic state' }),
  named('ISIS', 'group', { key: 'islamic state' }),
  named('ISIL', 'group', { key: 'islamic state' }),
  named('Daesh', 'group', { key: 'islamic state' }),
  named('IS', 'group', { key: 'islamic state', exact: true }),
  named('Free Syrian Army', 'group'),
  named('FSA', 'group', { key: 'free syrian army' }),
  named('Nusra Front', 'group'),
  named('al-Nusra Front', 'group', { key: 'nusra front' }),
  named('Jabhat Fateh al-Sham', 'group'),
  named('Hayat Tahrir al-Sham', 'group'),
  named('HTS', 'group', { key: 'hayat tahrir al-sham' }),
  named('Ahrar al-Sham', 'group'),
  named('al-Qaeda', 'group'),
  named('Al-Qaeda', 'group', { key: 'al-qaeda' }),
  named('al-Qaida', 'group', { key: 'al-qaeda' }),
  named('Al-Qaida', 'group', { key: 'al-qaeda' }),
  named('al Qaeda', 'group', { key: 'al-qaeda' }),
  named('Al Qaeda', 'group', { key: 'al-qaeda' }),
  named('AQIM', 'group'),
  named('AQAP', 'group'),
  named('Ansar Dine', 'group'),
  named('Lashkar-e-Taiba', 'group'),
  named('Lashkar-e-Toiba', 'group', { key: 'lashkar-e-taiba' }),
  named('Lashkar-i-Taiba', 'group', { key: 'lashkar-e-taiba' }),
  named('Jaish-e-Mohammed', 'group'),
  named('Tehrik-i-Taliban', 'group'),
  named('Haqqani network', 'group'),
  named('Taliban', 'group'),
  named('Hamas', 'group'),
  named('Islamic Jihad', 'group'),
  named('Houthis', 'group'),
  named('Houthi', 'group', { key: 'houthis' }),
  named('Wagner Group', 'group'),
  named('PKK', 'group'),
  named('PYD', 'group'),
  named('Al-Shabaab', 'group'),
  named('Boko Haram', 'group'),
  // Organisations.
  named('UN', 'organization', { exact: true, key: 'united nations' }),
  named('U.N.', 'organization', { key: 'united nations' }),
  named('United Nations', 'organization'),
  named('UN Security Council', 'organization'),
  named('Security Council', 'organization', { key: 'un security council' }),
  named('EU', 'organization', { exact: true, key: 'european union' }),
  named('European Union', 'organization'),
  named('NATO', 'organization'),
  named('Red Cross', 'organization', { kind: 'aid-agency' }),
  named('ICRC', 'organization', { kind: 'aid-agency', key: 'international committee of the red cross' }),
  named('International Committee of the Red Cross', 'organization', { kind: 'aid-agency' }),
  named('Red Crescent', 'organization', { kind: 'aid-agency' }),
  named('Syrian Arab Red Crescent', 'organization', { kind: 'aid-agency' }),
  named('White Helmets', 'organization', { kind: 'aid-agency' }),
  named('UNICEF', 'organization', { kind: 'un-agency' }),
  named('UNHCR', 'organization', { kind: 'un-agency' }),
  named('OCHA', 'organization', { kind: 'un-agency' }),
  named('WFP', 'organization', { kind: 'un-agency' }),
  named('UNRWA', 'organization', { kind: 'un-agency' }),
  named('WHO', 'organization', { kind: 'un-agency', exact: true, key: 'world health organization' }),
  named('World Health Organization', 'organization', { kind: 'un-agency' }),
  named('World Food Programme', 'organization', { kind: 'un-agency', key: 'wfp' }),
  named('MSF', 'organization', { kind: 'aid-agency' }),
  named('Doctors Without Borders', 'organization', { kind: 'aid-agency', key: 'msf' }),
  named('Amnesty International', 'organization', { kind: 'monitor' }),
  named('Human Rights Watch', 'organization', { kind: 'monitor' }),
  named('Airwars', 'organization', { kind: 'monitor' }),
  named('ACLED', 'organization', { kind: 'monitor' }),
  named('SANA', 'organization', { kind: 'state-media' }),
  named('TASS', 'organization', { kind: 'state-media' }),
  named('RIA Novosti', 'organization', { kind: 'state-media' }),
  named('IRNA', 'organization', { kind: 'state-media' }),
  named('Reuters', 'organization', { kind: 'news-agency' }),
  named('AFP', 'organization', { kind: 'news-agency' }),
  named('Agence France-Presse', 'organization', { kind: 'news-agency', key: 'afp' }),
  named('Associated Press', 'organization', { kind: 'news-agency' }),
  named('AP', 'organization', { kind: 'news-agency', exact: true, key: 'associated press' }),
  // Broadcasters (a medium word after the name is part of it: "BBC News", "France 24 TV").
  named('BBC', 'organization', { kind: 'broadcaster' }),
  named('Al Jazeera', 'organization', { kind: 'broadcaster' }),
  named('Al Arabiya', 'organization', { kind: 'broadcaster' }),
  named('France 24', 'organization', { kind: 'broadcaster' }),
  named('CNN', 'organization', { kind: 'broadcaster' }),
  named('Sky News', 'organization', { kind: 'broadcaster' }),
  named('Deutsche Welle', 'organization', { kind: 'broadcaster' }),
  named('Euronews', 'organization', { kind: 'broadcaster' }),
  named('Voice of America', 'organization', { kind: 'broadcaster' }),
  named('VOA', 'organization', { kind: 'broadcaster', exact: true, key: 'voice of america' }),
  named('NPR', 'organization', { kind: 'broadcaster' }),
  named('Kremlin', 'organization', { kind: 'government' }),
  named('Pentagon', 'organization', { kind: 'government' }),
  named('White House', 'organization', { kind: 'government' }),
  named('State Department', 'organization', { kind: 'government' }),
  // platforms: written with their capital, and only as a whole name ("Google Play Music" is a product, named whole)
  ...PLATFORM_NAMES.map(
    (phrase): LexiconEntry => ({ phrase, type: 'organization', proper: true, whole: true }),
  ),
];
