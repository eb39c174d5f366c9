import type { Modality } from '../../model/event-type.js';
import type { Stance } from '../../model/stance.js';

/** Words before a trigger (in its clause) that change its modality, strongest first. Lower-case phrases. */
export const MODALITY_CUES: readonly {
  readonly modality: Exclude<Modality, 'happened'>;
  readonly phrases: readonly string[];
}[] = [
  { modality: 'denied', phrases: ['not', "n't", 'never', 'no', 'failed to'] },
  {
    modality: 'feared',
    phrases: [
      'fear',
      'fears',
      'feared',
      'fearing',
      'afraid',
      'worried',
      'worries',
      'concern that',
      'concerns that',
      'risk of',
      'could become',
      'threat of',
      'threatens to',
    ],
  },
  {
    modality: 'hypothetical',
    phrases: [
      'would',
      'could',
      'might',
      'may',
      'if',
      'unless',
      'whether',
      'should',
      'must',
      'potential',
      'possible',
      'prospect of',
      'chance to',
      'commitment to',
      // an ability, not a happening: "the group is capable of killing thousands" (not "was able to flee", which
      // tells the flight happened)
      'capable of',
      'incapable of',
      'capability to',
      'capabilities to',
      'capacity to',
      'ability to',
      // generic: what happens whenever it happens, to anyone ("When somebody is shot, every minute counts")
      'whenever',
      'every time',
      'when someone is',
      'when somebody is',
      'when anyone is',
      'when anybody is',
      'when someone gets',
      'when somebody gets',
      'when anyone gets',
      'when anybody gets',
      // a drill, not a happening: "officers are trained to run toward gunfire" (not "militants trained to
      // fight killed five", where the training only describes them)
      'are trained to',
      'were trained to',
      'is trained to',
      'was trained to',
      'been trained to',
      'are taught to',
      'were taught to',
      'is taught to',
      'was taught to',
      'been taught to',
    ],
  },
  {
    modality: 'planned',
    phrases: [
      'will',
      'shall',
      'plans to',
      'planned',
      'planning to',
      'plan to',
      'intends to',
      'intend to',
      'aims to',
      'set to',
      'going to',
      'proposed',
      'proposes',
      'propose',
      'to allow',
      'in order to',
      'agreed to',
      'ready to',
      // a plot: what was schemed ("plotted to murder the judge")
      'plotted to',
      'plotting to',
      'plot to',
      'conspired to',
      'conspiring to',
      // an aim: what was sought ("a raid aimed at capturing or killing him")
      'aimed at',
      'aiming at',
      'aimed to',
    ],
  },
  {
    modality: 'attempted',
    phrases: [
      'tried to',
      'trying to',
      'tries to',
      'attempted to',
      'attempting to',
      'attempt to',
      'sought to',
      'seeking to',
      'bid to',
    ],
  },
];

/** Negation only counts this close (in words) before the trigger ("did not seize", "never captured"). */
export const NEGATION_REACH = 3;
/** Other modality words count this far (in words) before the trigger, inside its clause. */
export const MODALITY_REACH = 8;

/** The modality a trigger inherits from the stance of the attribution whose content holds it. */
export const STANCE_MODALITY: Partial<Readonly<Record<Stance, Exclude<Modality, 'happened'>>>> = {
  denies: 'denied',
  warns: 'feared',
  hopes: 'hypothetical',
  proposes: 'planned',
  demands: 'planned',
};

/** Words that, after a trigger opening its clause ("Capturing X would be …"), make it hypothetical. */
export const SUBJECT_MODALS: readonly string[] = ['would', 'could', 'might', 'may'];

/**
 * What a denial denies when its content opens with one of these nouns and a preposition ("denied any
 * responsibility for the killing", "denied involvement in the attack", "denied any role in his death"): the
 * denier's part in a happening, not that it happened (denied-role.ts). Optional openers first.
 */
export const DENIED_ROLE_OPENERS: readonly string[] = [
  'any',
  'all',
  'a',
  'its',
  'his',
  'her',
  'their',
  'direct',
];
export const DENIED_ROLE_NOUNS: readonly string[] = [
  'responsibility',
  'involvement',
  'role',
  'part',
  'hand',
  'knowledge',
  'blame',
  'complicity',
  'participation',
];
export const DENIED_ROLE_PREPOSITIONS: readonly string[] = ['for', 'in', 'of', 'with', 'behind'];
