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
