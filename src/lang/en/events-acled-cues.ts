import type { AcledCue } from './events-acled-cue.js';
import { DEMONSTRATION_CUES } from './events-acled-cues-demonstrations.js';
import { OTHER_CUES } from './events-acled-cues-other.js';
import { STRATEGIC_CUES } from './events-acled-cues-strategic.js';
import { VIOLENCE_CUES } from './events-acled-cues-violence.js';

/**
 * Snippet cues for the 30 CASE-2021 / ACLED sub-event labels, written from the ACLED codebook definitions
 * (not learnt from data). Territorial battles are decided by events-acled-territory.ts.
 */
export const ACLED_CUES: readonly AcledCue[] = [
  ...VIOLENCE_CUES,
  ...DEMONSTRATION_CUES,
  ...STRATEGIC_CUES,
  ...OTHER_CUES,
];

/** The CASE-2021 label each sitrep event type votes for (sitrep types are coarser than ACLED's sub-events). */
export const SITREP_TYPE_LABELS: Readonly<Record<string, string>> = {
  armed_clash: 'ARMED_CLASH',
  air_strike: 'AIR_STRIKE',
  shelling: 'ART_MISS_ATTACK',
  explosion: 'REM_EXPLOS',
  chemical_attack: 'CHEM_WEAP',
  aircraft_downed: 'ARMED_CLASH',
  attack_on_civilians: 'ATTACK',
  abduction: 'ABDUCT_DISSAP',
  protest: 'PEACE_PROTEST',
  riot: 'VIOL_DEMONSTR',
  arrest: 'ARREST',
  agreement: 'AGREEMENT',
  ceasefire: 'AGREEMENT',
  troop_movement: 'CHANGE_TO_GROUP_ACT',
  destruction: 'PROPERTY_DISTRUCT',
  negotiation: 'DIPLO',
};
