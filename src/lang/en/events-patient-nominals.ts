import { HONORIFIC_GENDER } from './entities-given-names.js';
import { HONORIFIC_HEADS } from './entities-titles.js';

/**
 * Event nouns told of the one they are done to: a possessor before one is its patient, not its actor ("Maria's
 * abduction", "the journalist's killing"), unless "of X" right after names the patient ("the army's killing of
 * X", "the arrest of X"). Nouns of acts ("the army's offensive", "the rebels' raid") keep their possessor as actor.
 */
export const PATIENT_NOMINALS: ReadonlySet<string> = new Set([
  'abduction',
  'abductions',
  'kidnapping',
  'kidnappings',
  'disappearance',
  'killing',
  'killings',
  'murder',
  'murders',
  'slaying',
  'slayings',
  'assassination',
  'execution',
  'executions',
  'beheading',
  'death',
  'deaths',
  'arrest',
  'arrests',
  'detention',
  'detentions',
  'capture',
  'imprisonment',
  'jailing',
  'release',
  'torture',
  'rape',
  'deportation',
  'extradition',
]);

/** The word after such a noun that names its patient ("the abduction of X"). */
export const PATIENT_MARKER = 'of';

/** The word before the last of several patients listed after that word ("the killings of X, Y and Z"). */
export const PATIENT_LIST_JOINER = 'and';

/**
 * Honorifics (without their dot) that may stand between that word and the name ("the killing of Mr. Kim", "the
 * death of Dr Haddad"): the entities' own lists, as the name's span leaves the honorific out.
 */
export const PATIENT_HONORIFICS: readonly string[] = [
  ...new Set([...HONORIFIC_HEADS, ...Object.keys(HONORIFIC_GENDER)]),
];
