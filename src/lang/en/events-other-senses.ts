/**
 * Word classes the trigger senses (events-trigger-senses.ts) read to tell a trigger word used in another sense:
 * a cause fought for in words, an audience talked to, explosives handled without going off.
 */

/** Causes fought for in words, not arms: "fighting for justice" (after "for" and a possessive or none). */
const CAUSES = [
  'justice',
  'freedom',
  'rights',
  'equality',
  'answers',
  'truth',
  'recognition',
  'compensation',
  'accountability',
  'reform',
  'reforms',
  'dignity',
  'custody',
  'funding',
];
const OWNERS = ['', 'the ', 'his ', 'her ', 'their ', 'our ', 'my ', 'its ', 'your '];
export const FOUGHT_CAUSES: readonly string[] = [
  ...CAUSES.flatMap((c) => OWNERS.map((o) => `for ${o}${c}`)),
  ...['to clear', 'to prove', 'to keep', 'to save', 'to stop', 'to change'],
];

/** Words before "battle" that make it a contest in words, courts or markets ("a legal battle"). */
export const CONTESTS: readonly string[] = [
  'legal',
  'court',
  'courtroom',
  'custody',
  'ratings',
  'bidding',
  'price',
  'political',
  'electoral',
  'budget',
  'boardroom',
  'copyright',
  'patent',
  'uphill',
  'pr',
];

/** Whom one talks to in public ("talks to reporters"): no negotiation. */
const AUDIENCES = [
  'reporters',
  'journalists',
  'the media',
  'the press',
  'the news media',
  'students',
  'supporters',
  'the crowd',
  'a crowd',
  'the audience',
  'an audience',
  'the public',
  'viewers',
  'voters',
  'fans',
];
export const TALK_AUDIENCES: readonly string[] = ['to', 'with'].flatMap((p) =>
  AUDIENCES.map((a) => `${p} ${a}`),
);

/** Verbs (active forms) that handle explosives without setting them off: "clearing roadside bombs". */
export const EXPLOSIVES_HANDLED: readonly string[] = [
  'clear',
  'clears',
  'cleared',
  'clearing',
  'defuse',
  'defuses',
  'defused',
  'defusing',
  'dismantle',
  'dismantles',
  'dismantled',
  'dismantling',
  'disarm',
  'disarmed',
  'disarming',
  'deactivate',
  'deactivated',
  'deactivating',
  'neutralised',
  'neutralized',
  'remove',
  'removed',
  'removing',
  'find',
  'finds',
  'found',
  'finding',
  'discover',
  'discovered',
  'discovering',
  'uncovered',
  'detect',
  'detected',
  'detecting',
  'located',
  'plant',
  'plants',
  'planted',
  'planting',
  'lay',
  'laid',
  'laying',
  'hid',
  'hidden',
  'stored',
  'seized',
  'recovered',
];

/** The same, told in the passive after the explosives ("the roadside bomb was defused"). */
const HANDLED_PARTICIPLES = EXPLOSIVES_HANDLED.filter((w) => /(ed|found|laid|hidden)$/.test(w));
export const EXPLOSIVES_HANDLED_AFTER: readonly string[] = [
  'was',
  'were',
  'been',
  'is',
  'are',
  'being',
].flatMap((a) => HANDLED_PARTICIPLES.map((p) => `${a} ${p}`));

/** What is secured without arms ("secured a win", "secured the release of"): no place held. */
export const SECURED_GAINS: readonly string[] = [
  'win',
  'victory',
  'deal',
  'agreement',
  'contract',
  'loan',
  'funding',
  'financing',
  'release',
  'nomination',
  'majority',
  'seat',
  'seats',
  'spot',
  'place',
  'votes',
  'support',
  'approval',
  'permission',
  'access',
  'title',
  'championship',
];

/** The whole country or its government, as what a seizure or a taking of control takes right after it. */
const WHOLE_STATE = [
  'the country',
  'the nation',
  'the whole country',
  'the entire country',
  'the government',
];

/**
 * What a coup seizes ("seized power", "seized control of the country", "took control of the government"): a change
 * of government, no ground changing hands. Read right after the verb (or after "took control"); not a part of the
 * country ("seized control of large parts of the country"), nor "the state", which may begin a place ("the state capital").
 */
export const POWER_SEIZED: readonly string[] = [
  'power',
  'state power',
  ...['full', 'total', 'complete', 'absolute', ''].flatMap((q) =>
    WHOLE_STATE.map((w) => `${q ? `${q} ` : ''}control of ${w}`),
  ),
  ...WHOLE_STATE.map((w) => `of ${w}`),
];

/** Places named after "the government" or "the country" ("the government headquarters"): ground, no coup. */
export const POWER_SEIZED_PLACES: readonly string[] = [
  'headquarters',
  'building',
  'buildings',
  'office',
  'offices',
  'compound',
  'complex',
  'house',
  'palace',
  'quarter',
  'ministry',
  'ministries',
  'seat',
  'club',
];
