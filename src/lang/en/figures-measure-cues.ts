import type { Measure } from '../../model/measure.js';

/**
 * Clause words → what a figure measures. `for` restricts a cue to figures of one kind: `people` (or no
 * counted noun), `area` (km²), `share` (percent / fraction), `military` (troops, fighters…). The cue nearest
 * to the figure inside its clause wins. Forms are listed (no lemmatiser in the pure layer).
 */
export const FIGURE_MEASURE_CUES: readonly {
  readonly words: readonly string[];
  readonly measure: Measure;
  readonly for: 'people' | 'area' | 'share' | 'military';
}[] = [
  {
    words: [
      'killed',
      'kill',
      'kills',
      'killing',
      'died',
      'die',
      'dies',
      'dying',
      'dead',
      'death',
      'deaths',
      'toll',
      'perished',
      'slain',
      'massacred',
      'murdered',
      'murdering',
      'executed',
      'lives',
    ],
    measure: 'killed',
    for: 'people',
  },
  {
    words: [
      'wounded',
      'wounding',
      'injured',
      'injuring',
      'injuries',
      'hurt',
      'wounds',
      'hospitalized',
      'hospitalised',
    ],
    measure: 'injured',
    for: 'people',
  },
  {
    words: [
      'fled',
      'flee',
      'flees',
      'fleeing',
      'exodus',
      'leave',
      'leaving',
      'escaped',
      'escape',
      'escaping',
      'refuge',
      'crossed',
    ],
    measure: 'fled',
    for: 'people',
  },
  { words: ['displaced', 'displacement', 'uprooted', 'homeless'], measure: 'displaced', for: 'people' },
  {
    words: ['evacuated', 'evacuate', 'evacuation', 'evacuating', 'evacuations'],
    measure: 'evacuated',
    for: 'people',
  },
  {
    words: ['arrested', 'arrest', 'arrests', 'arresting', 'apprehended', 'apprehending'],
    measure: 'arrested',
    for: 'people',
  },
  {
    words: [
      'detained',
      'detain',
      'detention',
      'custody',
      'imprisoned',
      'jailed',
      'captured',
      'abducted',
      'kidnapped',
    ],
    measure: 'detained',
    for: 'people',
  },
  { words: ['missing', 'disappeared', 'unaccounted'], measure: 'missing', for: 'people' },
  {
    words: ['affected', 'trapped', 'besieged', 'stranded', 'need', 'infected', 'sickened'],
    measure: 'affected',
    for: 'people',
  },
  { words: ['returned', 'return', 'returning', 'returnees'], measure: 'returned', for: 'people' },
  {
    words: [
      'arrived',
      'arriving',
      'deployed',
      'deploying',
      'sent',
      'dispatched',
      'reinforcements',
      'massed',
      'amassed',
      'stationed',
      'mobilised',
      'mobilized',
    ],
    measure: 'troops',
    for: 'military',
  },
  { words: ['total', 'entire', 'whole'], measure: 'area_total', for: 'area' },
];

/**
 * Words between a figure and its own predicate ("6,800 people are now infected", "three were feared dead"): the
 * predicate after them says what the figure measures before any other cue in the clause.
 */
export const FIGURE_PREDICATE_SKIPS: readonly string[] = [
  'are',
  'were',
  'is',
  'was',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
  'to',
  'now',
  'also',
  'already',
  'still',
  'all',
  'reportedly',
  'later',
  'feared',
  'believed',
  'thought',
  'presumed',
  'confirmed',
  'reported',
  'said',
  'known',
];

/** Control words: with an area figure → area_controlled, with a share → share_controlled. */
export const FIGURE_CONTROL_CUES: readonly string[] = [
  'control',
  'controls',
  'controlled',
  'controlling',
  'hold',
  'holds',
  'held',
  'holding',
  'recaptured',
  'recapture',
  'recapturing',
  'retook',
  'retaken',
  'retake',
  'seized',
  'seize',
  'seizing',
  'captured',
  'capture',
  'took',
  'taken',
  'take',
  'taking',
  'overran',
  'overrun',
  'regained',
  'regain',
  'occupy',
  'occupied',
  'occupies',
  'conquered',
  'gained',
  'lost',
  'losing',
];

/**
 * Words that open a list of examples after a figure ("a third of the country, including the towns of Gao and
 * Kidal"): a place named after them is an example, not the place the figure measures.
 */
export const EXAMPLE_MARKERS: readonly RegExp[] = [/\bincluding\b/i, /\bsuch as\b/i, /\bamong them\b/i];
