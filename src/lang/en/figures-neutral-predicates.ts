/**
 * Predicates that say a counted group took part in something, not that it suffered it: "hundreds of people
 * turned out for a memorial for the officer killed", "2,000 people marched", "two men were charged". When one
 * is a figure's own predicate (right after it, past FIGURE_PREDICATE_SKIPS), a casualty word elsewhere in the
 * clause belongs to another noun and the figure measures nothing the picture counts. Forms are listed (no
 * lemmatiser in the pure layer); two-word entries are verb + particle ("turned out"). Data only.
 */
export const FIGURE_NEUTRAL_PREDICATES: readonly string[] = [
  // turning out, gathering, attending
  'turned out',
  'turn out',
  'turning out',
  'turned up',
  'turn up',
  'showed up',
  'show up',
  'came out',
  'attended',
  'attend',
  'attending',
  'gathered',
  'gather',
  'gathering',
  'assembled',
  'congregated',
  'thronged',
  'joined',
  'join',
  'joining',
  'participated',
  'took part',
  'take part',
  'taking part',
  // protesting, voting, signing
  'marched',
  'march',
  'marching',
  'rallied',
  'rally',
  'protested',
  'protest',
  'protesting',
  'demonstrated',
  'chanted',
  'chanting',
  'paraded',
  'voted',
  'vote',
  'voting',
  'signed',
  'sign',
  'signing',
  'petitioned',
  // mourning, watching, waiting
  'mourned',
  'mourning',
  'prayed',
  'praying',
  'sang',
  'cheered',
  'applauded',
  'celebrated',
  'watched',
  'watch',
  'watching',
  'sat',
  'sit',
  'sitting',
  'stood',
  'stand',
  'standing',
  'visited',
  'visit',
  // charged before a court: the accused, not the victims
  'charged',
  'accused',
  'convicted',
  'sentenced',
  'indicted',
  'confessed',
  'pleaded',
  'testified',
  'acquitted',
  'suspected',
];

/**
 * Words that open a subordinate clause of time or cause ("Mr X died after two women accosted him", "three died
 * when a bus carrying 40 passengers crashed"): a measure cue is not read across one into a figure's clause.
 */
export const FIGURE_MEASURE_SUBORDINATORS: readonly string[] = [
  'after',
  'before',
  'when',
  'whenever',
  'because',
  'until',
  'once',
];

/**
 * Verbs that take a counted group as their object without saying it was harmed: "used the poison to attack
 * three people, one of whom died", "gunmen targeted 30 villagers, killing 12", "rescued 40 miners". Right
 * before a figure with no predicate of its own, one says a casualty word further on is about someone else.
 */
export const FIGURE_NEUTRAL_GOVERNORS: readonly string[] = [
  'attack',
  'attacked',
  'attacking',
  'target',
  'targeted',
  'targeting',
  'threaten',
  'threatened',
  'threatening',
  'accosted',
  'rescue',
  'rescued',
  'rescuing',
  'saved',
  'saving',
  'employs',
  'employed',
  'employing',
  'hired',
];
