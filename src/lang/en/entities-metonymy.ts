/**
 * A country or its capital standing for its government ("Damascus said", "Moscow denied"). The place name is
 * read as the government when it is the subject of one of these verbs (besides the reporting cues of
 * attribution-cues.ts) or follows "according to"; "in Damascus" stays a place.
 */
export const GOVERNMENT_ACTION_VERBS: ReadonlySet<string> = new Set([
  'agreed',
  'agrees',
  'argued',
  'argues',
  'condemned',
  'condemns',
  'insisted',
  'insists',
  'maintained',
  'maintains',
  'pledged',
  'pledges',
  'promised',
  'promises',
  'protested',
  'protests',
  'refused',
  'refuses',
  'threatened',
  'threatens',
  'vowed',
  'vows',
  'welcomed',
  'welcomes',
  'summoned',
  'summons',
  'vetoed',
  'vetoes',
  'recognised',
  'recognized',
  'recognises',
  'recognizes',
]);

/** Seats of government the gazetteer does not mark as capitals (lower case → ISO 3166-1 alpha-2). */
export const SEATS_OF_GOVERNMENT: Readonly<Record<string, string>> = {
  washington: 'US',
  'washington, d.c.': 'US',
};

/** Words between a subject and its verb that belong to neither ("Moscow has also said", "Damascus never"). */
export const SUBJECT_VERB_FILLERS: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'also',
  'later',
  'earlier',
  'previously',
  'repeatedly',
  'again',
  'already',
  'now',
  'publicly',
  'reportedly',
  'allegedly',
  'recently',
  'swiftly',
  'quickly',
  'strongly',
  'flatly',
  'long',
  'would',
  'will',
  'did',
  'does',
  'not',
  'never',
]);

/**
 * Verbs of armed force a country (or its capital) does as a state: "Turkey launched air strikes", "Russia bombed
 * Idlib", "Moscow deployed jets". Its name then stands for its government, the actor.
 */
export const STATE_FORCE_VERBS: ReadonlySet<string> = new Set([
  'launched',
  'launches',
  'bombed',
  'bombs',
  'shelled',
  'shells',
  'attacked',
  'attacks',
  'struck',
  'strikes',
  'invaded',
  'invades',
  'deployed',
  'deploys',
  'intervened',
  'intervenes',
  'targeted',
  'targets',
  'conducted',
  'conducts',
  'carried',
  'carries',
  'retaliated',
  'retaliates',
]);

/**
 * Nouns of armed force a country's name can own as a state: "Israel's offensive", "Turkey's air strikes",
 * "Russia's bombing campaign" (the first word after the possessive, or the one after "air").
 */
export const STATE_FORCE_NOUNS: ReadonlySet<string> = new Set([
  'offensive',
  'assault',
  'attack',
  'attacks',
  'strikes',
  'bombing',
  'bombardment',
  'campaign',
  'operation',
  'incursion',
  'invasion',
  'intervention',
  'blockade',
  'raids',
  'warplanes',
  'jets',
]);

/**
 * Nouns of a state's voice and offices a country's name can own or modify as a state: "U.S. officials",
 * "Israel's leaders", "Egypt's prime minister" (right after the name, or up to three words after its
 * possessive). Not "army" or
 * "military": "Syria's army" is the army, an armed actor of its own; nor "envoy": "the UN Syria envoy" is the
 * UN's.
 */
export const STATE_AGENT_NOUNS: ReadonlySet<string> = new Set([
  'officials',
  'official',
  'authorities',
  'leaders',
  'leadership',
  'government',
  'cabinet',
  'ministry',
  'ministers',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'diplomats',
  'minister',
  'president',
  'secretary',
  'ambassador',
]);
