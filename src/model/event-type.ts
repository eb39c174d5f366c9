/**
 * Event types: ACLED sub-event types (grouped by ACLED event type) plus humanitarian events.
 * The mapping to ACLED and PLOVER names lives in event-taxonomy.ts; docs/vocabularies.md documents both.
 */
export const EVENT_TYPES = [
  // Battles
  'armed_clash',
  'territory_change',
  // Explosions / remote violence
  'air_strike',
  'shelling',
  'explosion',
  'chemical_attack',
  'aircraft_downed',
  // Violence against civilians
  'attack_on_civilians',
  'abduction',
  // Protests and riots
  'protest',
  'riot',
  // Strategic developments
  'arrest',
  'agreement',
  'troop_movement',
  'destruction',
  // Humanitarian
  'casualties',
  'displacement',
  'evacuation',
  'return',
  'aid_access',
  'hospital_out_of_service',
  'ceasefire',
  'negotiation',
  'statement',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Whether the text says the event happened, or something else about it. */
export type Modality = 'happened' | 'denied' | 'planned' | 'hypothetical' | 'feared' | 'attempted';
