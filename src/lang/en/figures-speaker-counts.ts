/**
 * How a number that counts the sources of a report is told from a figure: "according to two officials", "two
 * officials said", "three witnesses told Reuters", "two people familiar with the matter said". Such numbers count
 * who speaks, not anything the story measures, so they are not figures ("two officials were killed" still is).
 */

/** Words right before the number (an approximator may stand between) that make what it counts a source. */
export const FIGURE_SOURCE_LEADS: readonly string[] = [
  'according to',
  'citing',
  'cited',
  'quoting',
  'quoted',
];

/**
 * Reporting verbs that, right after the counted noun, make it the speakers ("two officials said"). Forms that
 * are also participles of a state ("reported missing", "confirmed dead", "accused of") are left out.
 */
export const FIGURE_SPEAKER_CUES: readonly string[] = [
  'said',
  'say',
  'says',
  'saying',
  'told',
  'tell',
  'tells',
  'added',
  'add',
  'adds',
  'stated',
  'testified',
  'recounted',
  'recalled',
];

/** Words that may stand between the counted speakers and their verb ("two officials also said", "have told"). */
export const FIGURE_SPEAKER_CUE_MODIFIERS: readonly string[] = [
  'also',
  'later',
  'earlier',
  'separately',
  'privately',
  'have',
  'has',
  'had',
  'both',
  'each',
  'independently',
];

/**
 * Words that open a phrase describing the speakers between them and their verb ("two people familiar with the
 * matter said", "three sources close to the talks told Reuters").
 */
export const FIGURE_SPEAKER_DESCRIPTIONS: readonly string[] = [
  'familiar with',
  'close to',
  'with knowledge of',
  'with direct knowledge of',
  'briefed on',
  'aware of',
  'knowledgeable about',
  'involved in',
];

/**
 * Words that may open the clause the counted speakers head ("but four employees said", "after two witnesses
 * told police"); any other word there makes the number an object ("killed two civilians, a local official,
 * said"). A sentence start or a mark (comma, colon, quote, dash, parenthesis) may stand there too.
 */
export const FIGURE_SPEAKER_OPENERS: readonly string[] = [
  'and',
  'but',
  'while',
  'whereas',
  'as',
  'that',
  'because',
  'though',
  'although',
  'when',
  'after',
];

/** Words between the clause's opening and the number ("the two officials said", "only two witnesses said"). */
export const FIGURE_SPEAKER_DETERMINERS: readonly string[] = ['the', 'only', 'another', 'all', 'both'];

/**
 * The most speakers a subject count of sources names ("two officials said", "three jurors told Reuters"); more
 * people saying something are news themselves ("98 advertisers have told the network …"), a figure.
 */
export const FIGURE_MAX_SPEAKERS = 12;
