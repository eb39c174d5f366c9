import type { EventType } from './event-type.js';

export interface EventTypeInfo {
  readonly label: string;
  /** ACLED event type and sub-event type, or null for humanitarian events ACLED does not code. */
  readonly acled: { readonly eventType: string; readonly subEventType: string } | null;
  /** PLOVER event type (and mode when useful). */
  readonly plover: string;
}

const acled = (eventType: string, subEventType: string) => ({ eventType, subEventType });

export const EVENT_TAXONOMY: { readonly [K in EventType]: EventTypeInfo } = {
  armed_clash: { label: 'Armed clash', acled: acled('Battles', 'Armed clash'), plover: 'FIGHT' },
  territory_change: {
    label: 'Territory change',
    acled: acled('Battles', 'Government regains territory'),
    plover: 'FIGHT',
  },
  air_strike: {
    label: 'Air strike',
    acled: acled('Explosions/Remote violence', 'Air/drone strike'),
    plover: 'FIGHT (aerial)',
  },
  shelling: {
    label: 'Shelling',
    acled: acled('Explosions/Remote violence', 'Shelling/artillery/missile attack'),
    plover: 'FIGHT (artillery)',
  },
  explosion: {
    label: 'Explosion',
    acled: acled('Explosions/Remote violence', 'Remote explosive/landmine/IED'),
    plover: 'FIGHT (IED)',
  },
  chemical_attack: {
    label: 'Chemical attack',
    acled: acled('Explosions/Remote violence', 'Chemical weapon'),
    plover: 'FIGHT (WMD)',
  },
  aircraft_downed: {
    label: 'Aircraft downed',
    acled: acled('Battles', 'Armed clash'),
    plover: 'FIGHT (aerial)',
  },
  attack_on_civilians: {
    label: 'Attack on civilians',
    acled: acled('Violence against civilians', 'Attack'),
    plover: 'ASSAULT',
  },
  abduction: {
    label: 'Abduction',
    acled: acled('Violence against civilians', 'Abduction/forced disappearance'),
    plover: 'ASSAULT (abduct)',
  },
  protest: { label: 'Protest', acled: acled('Protests', 'Peaceful protest'), plover: 'PROTEST' },
  riot: { label: 'Riot', acled: acled('Riots', 'Violent demonstration'), plover: 'PROTEST (riot)' },
  arrest: { label: 'Arrest', acled: acled('Strategic developments', 'Arrests'), plover: 'ARREST' },
  agreement: { label: 'Agreement', acled: acled('Strategic developments', 'Agreement'), plover: 'AGREE' },
  troop_movement: {
    label: 'Troop movement',
    acled: acled('Strategic developments', 'Change to group/activity'),
    plover: 'MOBILIZE',
  },
  destruction: {
    label: 'Destruction',
    acled: acled('Strategic developments', 'Looting/property destruction'),
    plover: 'SEIZE (destroy)',
  },
  casualties: { label: 'Casualties', acled: null, plover: 'FIGHT' },
  displacement: { label: 'Displacement', acled: null, plover: 'MIGRATE' },
  evacuation: { label: 'Evacuation', acled: null, plover: 'MIGRATE' },
  return: { label: 'Return', acled: null, plover: 'MIGRATE' },
  aid_access: { label: 'Aid access', acled: null, plover: 'AID' },
  hospital_out_of_service: { label: 'Hospitals out of service', acled: null, plover: 'FIGHT' },
  ceasefire: {
    label: 'Ceasefire or pause',
    acled: acled('Strategic developments', 'Agreement'),
    plover: 'CEASEFIRE',
  },
  negotiation: { label: 'Negotiation', acled: null, plover: 'CONSULT' },
  statement: { label: 'Statement', acled: null, plover: 'ACCUSE' },
};
