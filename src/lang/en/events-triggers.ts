import type { EventType } from '../../model/event-type.js';

/**
 * An event trigger. `phrases` are lower-case word sequences matched on word boundaries (any spacing).
 * `pos`: a verb trigger takes its actor from the clause subject (or "by X"), and after a determiner it is a noun
 * that refers back to an event already told ("the advance has prompted", "its advances"): not a trigger.
 * A noun trigger ("air strikes", "clashes") takes its actor from a modifier ("rebel fire", "Russian air strikes").
 * `followedBy`: one of these words must follow within `within` words ("brought down … plane"); the trigger runs to it.
 * `precededBy`: one of these words must precede within `within` words ("hospitals … out of service").
 * `definite`: a noun that names one happening only when made definite (DEFINITE_TRIGGER_LEADS): "the 1957 murder",
 * "Maria's murder", "his arrest", "the Nov. 1 shooting"; bare it is a kind or a charge ("allegations of
 * murder", "risking arrest", "to arrest the men").
 */
export interface EventTrigger {
  readonly phrases: readonly string[];
  readonly type: EventType;
  readonly pos: 'verb' | 'noun';
  readonly followedBy?: readonly string[];
  readonly precededBy?: readonly string[];
  readonly within?: number;
  /**
   * The words between the trigger and its `followedBy` word are that word's own noun phrase ("took the three
   * major towns"): no preposition or clause word among them ("took the bus to the city") and no possessive
   * after it ("took the town's mayor hostage").
   */
  readonly plainGap?: boolean;
  readonly definite?: boolean;
  /**
   * A noun that tells a happening only of a named person, its possessor or "of" it ("Maria Lopez's death", "the
   * death of Maria Lopez"), in a sentence not about a punishment or a count (events-named-patient.ts).
   */
  readonly namedPatient?: boolean;
}

const AIRCRAFT = [
  'plane',
  'planes',
  'jet',
  'jets',
  'helicopter',
  'helicopters',
  'aircraft',
  'warplane',
  'warplanes',
  'drone',
  'drones',
];
const PLACES_TAKEN = [
  'district',
  'districts',
  'neighbourhood',
  'neighbourhoods',
  'neighborhood',
  'neighborhoods',
  'town',
  'towns',
  'village',
  'villages',
  'city',
  'cities',
  'control',
  'area',
  'areas',
  'hill',
  'base',
  'airport',
];
const TROOPS = ['troops', 'forces', 'soldiers', 'fighters', 'reinforcements', 'units', 'militiamen'];

export const EVENT_TRIGGERS: readonly EventTrigger[] = [
  {
    phrases: [
      'seized',
      'seize',
      'seizes',
      'seizing',
      'captured',
      'capture',
      'captures',
      'capturing',
      'recaptured',
      'recapture',
      'recapturing',
      'retaken',
      'retook',
      'retake',
      'overran',
      'overrun',
      'overrunning',
      'secured',
      'took control',
      'taken control',
      'take control',
      'taking control',
      'fell to',
      'advanced',
      'advance',
    ],
    type: 'territory_change',
    pos: 'verb',
  },
  {
    phrases: ['took', 'taken', 'take', 'taking'],
    type: 'territory_change',
    pos: 'verb',
    followedBy: PLACES_TAKEN,
    within: 4,
    plainGap: true,
  },
  {
    phrases: ['pushed', 'advanced', 'pushing', 'advancing', 'swept'],
    pos: 'verb',
    type: 'territory_change',
    followedBy: ['into', 'towards', 'toward'],
    within: 3,
  },
  { phrases: ['moved'], pos: 'verb', type: 'territory_change', followedBy: ['into'], within: 1 },
  {
    // "now control a third of the country, including the towns of X, Y and Z": the towns listed are held
    phrases: ['control', 'controls', 'controlled', 'controlling'],
    pos: 'verb',
    type: 'territory_change',
    followedBy: ['including'],
    within: 10,
  },
  {
    phrases: ['made', 'making', 'make'],
    pos: 'verb',
    type: 'territory_change',
    followedBy: ['advances', 'gains', 'inroads'],
    within: 3,
  },
  {
    phrases: ['rolled back', 'roll back', 'rolling back', 'reversed'],
    pos: 'verb',
    type: 'territory_change',
    followedBy: ['gains', 'advances'],
    within: 3,
  },
  {
    phrases: [
      'clashes',
      'clash',
      'fighting',
      'battle',
      'battles',
      'assault',
      'offensive',
      'firefight',
      'gunfight',
      // a raid without "air" is a ground operation
      'raids',
      'raid',
    ],
    pos: 'noun',
    type: 'armed_clash',
  },
  { phrases: ['clashed', 'fought', 'battled'], pos: 'verb', type: 'armed_clash' },
  {
    phrases: [
      'air strikes',
      'air strike',
      'airstrikes',
      'airstrike',
      'air raids',
      'air raid',
      'bombing',
      'bombings',
      'barrel bombs',
      'barrel bomb',
    ],
    pos: 'noun',
    type: 'air_strike',
  },
  {
    phrases: ['bombed', 'warplanes pounded', 'jets pounded', 'warplanes bombed'],
    pos: 'verb',
    type: 'air_strike',
  },
  {
    phrases: [
      'shelling',
      'artillery fire',
      'artillery',
      'rocket fire',
      'rebel fire',
      'mortar fire',
      'mortar',
      'mortars',
      'rockets',
      'shells',
    ],
    pos: 'noun',
    type: 'shelling',
  },
  {
    phrases: ['brought down', 'shot down', 'downed'],
    pos: 'verb',
    type: 'aircraft_downed',
    followedBy: AIRCRAFT,
    within: 6,
  },
  { phrases: ['killed', 'killing', 'died', 'wounded', 'injured'], pos: 'verb', type: 'casualties' },
  { phrases: ['dead', 'death toll'], pos: 'noun', type: 'casualties' },
  { phrases: ['death'], pos: 'noun', type: 'casualties', namedPatient: true },
  {
    phrases: [
      'fled',
      'flee',
      'fleeing',
      'flees',
      'displaced',
      'sought refuge',
      'seeking refuge',
      'forced to leave',
      'uprooted',
    ],
    pos: 'verb',
    type: 'displacement',
  },
  { phrases: ['exodus'], pos: 'noun', type: 'displacement' },
  {
    phrases: ['forced', 'forcing'],
    pos: 'verb',
    type: 'displacement',
    followedBy: ['leave', 'flee'],
    within: 9,
  },
  { phrases: ['evacuated', 'evacuate', 'evacuating'], pos: 'verb', type: 'evacuation' },
  { phrases: ['evacuation', 'evacuations'], pos: 'noun', type: 'evacuation' },
  { phrases: ['shelled'], pos: 'verb', type: 'shelling' },
  {
    phrases: ['returned', 'returning', 'back to their homes', 'back to their home', 'back to their houses'],
    pos: 'verb',
    type: 'return',
  },
  { phrases: ['returnees'], pos: 'noun', type: 'return' },
  {
    phrases: ['out of service', 'out of action'],
    pos: 'noun',
    type: 'hospital_out_of_service',
    precededBy: ['hospital', 'hospitals', 'clinic', 'clinics'],
    within: 3,
  },
  {
    phrases: [
      'humanitarian corridors',
      'humanitarian corridor',
      'humanitarian pauses',
      'humanitarian pause',
      'ceasefire',
      'cease-fire',
      'truce',
    ],
    pos: 'noun',
    type: 'ceasefire',
  },
  {
    phrases: ['negotiations', 'negotiation', 'negotiating', 'negotiate', 'negotiated', 'talks'],
    pos: 'noun',
    type: 'negotiation',
  },
  {
    phrases: ['arrived', 'deployed', 'arriving'],
    pos: 'verb',
    type: 'troop_movement',
    precededBy: TROOPS,
    within: 2,
  },
  { phrases: ['reinforcements'], pos: 'noun', type: 'troop_movement' },
  {
    phrases: [
      'protest',
      'protests',
      'protested',
      'protesters',
      'demonstration',
      'demonstrations',
      'demonstrators',
      'rally',
      'rallies',
    ],
    pos: 'noun',
    type: 'protest',
  },
  { phrases: ['arrested', 'detained'], pos: 'verb', type: 'arrest' },
  { phrases: ['arrests', 'detentions'], pos: 'noun', type: 'arrest' },
  {
    phrases: [
      'aid convoy',
      'aid convoys',
      'aid deliveries',
      'aid delivery',
      'deliveries',
      'humanitarian aid',
    ],
    pos: 'noun',
    type: 'aid_access',
  },
];
