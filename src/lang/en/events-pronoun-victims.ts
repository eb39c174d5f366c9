import { HONORIFIC_GENDER } from './entities-given-names.js';

/**
 * Third-person singular pronouns that may stand for the one an event is done to ("she was kidnapped", "killed
 * him", "his arrest"), read back to one person named just before. Plural and neuter pronouns ("they", "it")
 * are not read: a group or an organisation is no named victim.
 */

/** The subject of a passive or undergoer verb ("she was kidnapped", "he died"). */
export const VICTIM_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** The object of an active verb ("gunmen killed him"); "her" only when no noun follows ("killed her husband"). */
export const VICTIM_OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her']);

/** The possessor of a noun done to someone ("her abduction", "his arrest"), unless "of X" follows. */
export const VICTIM_POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her']);

/** Word tags that continue a noun phrase after "her" (then "her" is a possessive: "killed her brother"). */
export const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Third-person singular pronouns by gender: one of the other gender between a name and the pronoun is a rival. */
export const MALE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
export const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);

/** Honorifics that tell a person's gender ("Mrs McConville" is no "he"): the entities' one table, split. */
const honorificsOf = (sex: 'male' | 'female'): ReadonlySet<string> =>
  new Set(Object.keys(HONORIFIC_GENDER).filter((h) => HONORIFIC_GENDER[h] === sex));
export const MALE_HONORIFICS: ReadonlySet<string> = honorificsOf('male');
export const FEMALE_HONORIFICS: ReadonlySet<string> = honorificsOf('female');

/**
 * Nouns naming one person: one told before the pronoun in its own sentence may be what it stands for ("the
 * gunman _ he had been shot"), so a name in the sentence before is no sure antecedent.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'man',
  'woman',
  'boy',
  'girl',
  'child',
  'baby',
  'father',
  'mother',
  'husband',
  'wife',
  'son',
  'daughter',
  'brother',
  'sister',
  'friend',
  'gunman',
  'attacker',
  'shooter',
  'suspect',
  'victim',
  'officer',
  'soldier',
  'driver',
  'teacher',
  'student',
  'journalist',
  'reporter',
  'doctor',
  'nurse',
  'priest',
  'leader',
  'spokesman',
  'spokeswoman',
  'lawyer',
  'judge',
  'prisoner',
  'hostage',
  'detainee',
  'resident',
  'worker',
  'guard',
  'bodyguard',
  'policeman',
  'policewoman',
  'passenger',
  'pilot',
]);

/**
 * A verb joined to its subject's first verb ("He had a seizure and died"): the joiner before it, and the words that,
 * standing between the subject and the joiner, may bring another subject ("He said that his son fell and died").
 */
export const SUBJECT_VERB_JOINERS: ReadonlySet<string> = new Set(['and']);
export const OTHER_SUBJECT_WORDS: ReadonlySet<string> = new Set([
  'i',
  'we',
  'you',
  'they',
  'it',
  'he',
  'she',
  'him',
  'her',
  'his',
  'them',
  'their',
  'that',
  'who',
  'which',
  'while',
  'because',
  'when',
  'whose',
  'if',
]);
