/**
 * Who can make a claim in the situation picture (src/link/claims/claim-source.ts): a source phrase is a real
 * source when it names a person, organisation or group, or when its head part holds one of these nouns (people,
 * roles, bodies, media, documents; singular or plural, lower case, space-separated). Person titles, speaking roles and record
 * nouns are read from their own lists (entities-titles.ts, attribution-source-heads.ts,
 * attribution-evidence.ts). "nothing", "the region", "the outside world" name no one.
 */
export const CLAIM_SPEAKER_NOUNS: readonly string[] = [
  // people
  'person people man men woman women resident villager witness witnesses eyewitness eyewitnesses',
  'survivor victim citizen voter farmer worker trader merchant shopkeeper driver student teacher doctor',
  'nurse medic patient parent mother father family families relative neighbour neighbor friend owner',
  'local civilian refugee migrant protester protestor demonstrator activist campaigner supporter',
  'opponent critic fan customer passenger employee child children boy girl sister brother son daughter',
  'wife husband colleague inhabitant hostage prisoner detainee defendant plaintiff suspect accuser user',
  'viewer reader listener consumer shopper',
  // roles and professions
  'official officer analyst expert observer diplomat lawyer attorney prosecutor judge investigator',
  'scientist economist negotiator mediator lawmaker legislator politician candidate executive manager',
  'delegate member monitor inspector policeman policemen soldier fighter rebel militant insurgent',
  'jihadist gunman gunmen militiaman militiamen guard pilot specialist professor academic scholar',
  'physician surgeon engineer ceo founder partner banker broker coach player producer director actor',
  'actress singer artist insider staffer staff crew team chairwoman president boss organiser organizer',
  'volunteer authority counsel administrator planner strategist pollster blogger commentator biographer',
  'curator archaeologist researcher geologist physicist biologist psychologist epidemiologist',
  'pathologist coroner sheriff detective trooper firefighter paramedic rescuer ranger juror assistant',
  'anchor host presenter mom mum dad crowd onlooker',
  // bodies
  'government administration regime authorities ministry department agency army military forces police',
  'junta council committee commission parliament congress senate assembly court tribunal party group',
  'movement organisation organization union alliance coalition bloc company firm bank corporation',
  'embassy cabinet presidency watchdog charity ngo network channel television tv radio newspaper paper',
  'magazine media outlet broadcaster station wire board panel club league federation institute',
  'university school hospital foundation mission delegation command service brigade battalion militia',
  'faction opposition community leadership camp side office bureau directorate secretariat unit lab',
  'laboratory centre center observatory press tabloid daily weekly journal publication publisher studio',
  'label manufacturer maker retailer airline carrier regulator insurer lender investor prosecution',
  'defence defense jury campaign spokesman spokeswoman spokesperson source sources giant city county',
  'state municipality township',
  // documents and records
  'statement communique communiqué declaration letter memo note report study survey poll analysis',
  'review audit assessment investigation inquiry probe document filing complaint lawsuit suit',
  'indictment affidavit ruling verdict message email e-mail tweet post blog bulletin release notice',
  'website footage video image photo photograph recording transcript record account article story',
  'editorial column book findings estimate tally data memoir biography autobiography diary policy',
].flatMap((line) => line.split(' '));

/** Endings of nouns for people by their trade or study ("pediatrician", "anthropologist", "columnist"). */
export const CLAIM_SPEAKER_SUFFIXES: readonly string[] = ['ician', 'ologist', 'ist'];

/** A speaker suffix counts on words at least this long ("artist", not "list"). */
export const CLAIM_SPEAKER_SUFFIX_MIN_LENGTH = 6;

/** Heads that count part of what follows "of" ("a lot of people", "the majority of residents", "a pair of researchers"). */
export const CLAIM_PARTITIVES: ReadonlySet<string> = new Set([
  'lot',
  'lots',
  'majority',
  'minority',
  'pair',
  'couple',
  'handful',
  'number',
  'half',
  'rest',
  'dozen',
  'dozens',
  'score',
  'scores',
  'third',
  'quarter',
]);

/** Pronouns that stand for someone who speaks, even when the attribution stage names no entity for them. */
export const CLAIM_SPEAKER_PRONOUNS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'who',
  'whom',
]);

/** Capitalised words that are no names: a sentence-initial "Nothing" or "Everyone" names no speaker. */
export const CLAIM_NON_SPEAKERS: ReadonlySet<string> = new Set([
  'nothing',
  'nobody',
  'none',
  'everything',
  'everyone',
  'everybody',
  'something',
  'someone',
  'somebody',
  'anything',
  'anyone',
  'anybody',
  'it',
  'this',
  'that',
  'there',
  'what',
  'which',
  'many',
  'most',
  'few',
  'several',
  'some',
  'all',
  'both',
]);
