import type { EventType } from '../../model/event-type.js';
import {
  CONTESTS,
  EXPLOSIVES_HANDLED,
  EXPLOSIVES_HANDLED_AFTER,
  FOUGHT_CAUSES,
  POWER_SEIZED,
  POWER_SEIZED_PLACES,
  SECURED_GAINS,
  TALK_AUDIENCES,
} from './events-other-senses.js';
import {
  ARMED_AIMS,
  CRIME_ASSAULT_MARKS,
  CRIME_ASSAULT_NEXT,
  FILMED,
  PERSON_OBJECTS,
  SHOT_NOUN_MODIFIERS,
} from './events-sense-words.js';
import { TERRITORY_CUES } from './events-territory-cues.js';

/**
 * Senses of ambiguous trigger words, told apart by the words around them. A sense applies to a trigger whose
 * phrase is in `phrases` when one of its context conditions holds; the first sense that applies wins:
 * - `after`: the word just before the trigger ("in advance" = beforehand);
 * - `before`: a word or phrase starting within `reach` words after the trigger (default 1), with no word of
 *   OBJECT_BREAKS before it ("seized weapons", "seized the weapons", "fighting corruption", not "seized by");
 * - `object: 'person'`: a person name within `reach` words after it, with no punctuation nor OBJECT_BREAKS word
 *   between ("capture Omar X", "capturing or killing Omar X").
 * - `after` with `afterWithin`: one of those words up to that many words before ("the film was shot in …");
 * - `objectOf`: one of these verbs up to `reach` words before, with only words of the trigger's noun phrase
 *   between ("clearing two roadside bombs", not "found that a roadside bomb").
 * - `unarmed`: with `ofType`, any trigger of that type (whatever its phrase) in a sentence naming no group, no
 *   place it takes (its object or subject: not "moved into offices in X") nor "it" for a place named the sentence
 *   before, and none of these words ("we may take control of your data").
 * `type` is the event the trigger then tells, or null when it tells none in that sense.
 */
export interface TriggerSense {
  readonly phrases: readonly string[];
  readonly type: EventType | null;
  readonly after?: readonly string[];
  readonly before?: readonly string[];
  /** Words that, right after a `before` phrase, undo it ("of the government headquarters"). */
  readonly beforeUnless?: readonly string[];
  readonly object?: 'person';
  readonly reach?: number;
  readonly afterWithin?: number;
  /** One of these verbs within `reach` words before, only the trigger's noun phrase between (its object). */
  readonly objectOf?: readonly string[];
  /** Any trigger of this type, besides `phrases`. */
  readonly ofType?: EventType;
  /** The sentence names no group nor place taken (ground-place.ts) and none of these words. */
  readonly unarmed?: readonly string[];
}

const CAPTURE = ['captured', 'capture', 'captures', 'capturing', 'seized', 'seize', 'seizes', 'seizing'];
const TAKE_CONTROL = [
  'took control',
  'taken control',
  'take control',
  'taking control',
  'took',
  'taken',
  'take',
  'taking',
];
const ADVANCE = ['advance', 'advanced'];
const FIGHT = ['fighting', 'fought', 'battled', 'battle', 'battles'];
/** Explosive devices (not their going off: "explosion", "blast"). */
const EXPLOSIVES = [
  'car bomb',
  'car bombs',
  'roadside bomb',
  'roadside bombs',
  'improvised explosive device',
  'improvised explosive devices',
  'landmine',
  'landmines',
];

export const TRIGGER_SENSES: readonly TriggerSense[] = [
  // "told in advance", "advance notice": beforehand, not troops moving forward
  { phrases: ADVANCE, type: null, after: ['in'] },
  {
    phrases: ADVANCE,
    type: null,
    before: [
      'notice',
      'warning',
      'warnings',
      'ticket',
      'tickets',
      'booking',
      'bookings',
      'payment',
      'payments',
      'copy',
      'copies',
      'team',
      'purchase',
      'voting',
      'weapons',
      'technology',
      'technologies',
      'economies',
      'economy',
      'degree',
      'stage',
      'stages',
      'age',
      'cancer',
      'proposal',
      'proposals',
      'bill',
      'idea',
      'ideas',
      'agenda',
      'argument',
      'case',
      'interests',
      'cause',
    ],
  },
  // goods and abstract things seized or captured are no place changing hands
  {
    phrases: CAPTURE,
    type: null,
    reach: 2,
    before: [
      'weapons',
      'arms',
      'drugs',
      'cocaine',
      'heroin',
      'cash',
      'assets',
      'documents',
      'passports',
      'property',
      'vessel',
      'ship',
      'tanker',
      'cargo',
      'shipment',
      'goods',
      'imagination',
      'attention',
      'moment',
      'mood',
      'images',
      'footage',
      'data',
      'carbon',
      'opportunity',
      'initiative',
      'headlines',
      'market',
      'title',
      'championship',
      'votes',
    ],
  },
  // a coup: power or the whole country seized is a change of government, no ground taken (no event type tells it)
  {
    phrases: [...CAPTURE, ...TAKE_CONTROL],
    type: null,
    before: POWER_SEIZED,
    beforeUnless: [...TERRITORY_CUES, ...POWER_SEIZED_PLACES],
  },
  // a win, a deal or a loan secured is no place held
  {
    phrases: ['secured'],
    type: null,
    reach: 3,
    before: SECURED_GAINS,
  },
  { phrases: CAPTURE, type: 'arrest', object: 'person', reach: 4, before: PERSON_OBJECTS },
  // a camera's shot, a sports shot, a price that shot up
  { phrases: ['shot'], type: null, after: FILMED, afterWithin: 4 },
  { phrases: ['shot'], type: null, after: SHOT_NOUN_MODIFIERS },
  // "sexual assault", "misdemeanor assault": a crime against a person
  {
    phrases: ['assault'],
    type: 'attack_on_civilians',
    after: CRIME_ASSAULT_MARKS,
    before: CRIME_ASSAULT_NEXT,
  },
  {
    phrases: ['shot'],
    type: null,
    reach: 3,
    before: [
      ...FILMED,
      'of',
      'up',
      'to',
      'back',
      'wide',
      'over',
      'past',
      'into the net',
      'the ball',
      'a round',
      'par',
      'under par',
      'a glance',
      'a look',
      'through the roof',
      'ahead',
      'higher',
      'lower',
    ],
  },
  {
    phrases: ['opened fire', 'open fire', 'opening fire', 'opens fire'],
    type: 'armed_clash',
    reach: 1,
    before: ['on', 'at'].flatMap((p) =>
      ARMED_AIMS.flatMap((w) => [`${p} ${w}`, `${p} the ${w}`, `${p} a ${w}`]),
    ),
  },
  // "publicly protests" a policy: a government's objection, no demonstration
  {
    phrases: ['protest', 'protests', 'protested'],
    type: null,
    after: ['publicly', 'formally', 'officially', 'strongly', 'vehemently', 'privately', 'repeatedly'],
  },
  // fighting an illness, a fire, a crime or a cause is no armed clash
  { phrases: FIGHT, type: null, before: FOUGHT_CAUSES },
  {
    phrases: FIGHT,
    type: null,
    reach: 3,
    before: [
      'corruption',
      'terrorism',
      'militancy',
      'extremism',
      'radicalism',
      'crime',
      'poverty',
      'inflation',
      'disease',
      'cancer',
      'illness',
      'addiction',
      'fire',
      'fires',
      'wildfire',
      'wildfires',
      'blaze',
      'blazes',
      'flames',
      'virus',
      'pandemic',
      'climate',
      'discrimination',
      'racism',
      'hunger',
      'obesity',
      'for his life',
      'for her life',
      'for their lives',
      'back tears',
      'the bill',
      'the ban',
      'the charges',
      'the ruling',
      'the decision',
      'in court',
      'the election',
    ],
  },
  // "a legal battle", "the ratings battle": a contest, no armed clash
  { phrases: ['battle', 'battles'], type: null, after: CONTESTS },
  // "talks to reporters": someone speaking in public, no negotiation
  { phrases: ['talks'], type: null, before: TALK_AUDIENCES },
  // explosives cleared, defused, found or planted did not go off
  {
    phrases: EXPLOSIVES,
    type: null,
    reach: 4,
    objectOf: EXPLOSIVES_HANDLED,
    before: EXPLOSIVES_HANDLED_AFTER,
  },
  // a place changes hands only by arms: "we may take control of your data", "shares advanced 3 percent"
  { phrases: [], ofType: 'territory_change', type: null, unarmed: TERRITORY_CUES },
];
