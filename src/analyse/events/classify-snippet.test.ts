import { describe, expect, it } from 'vitest';
import { classifySnippet } from './classify-snippet.js';

/** Hand-written snippets (not corpus text), one or more per CASE-2021 label, then the codebook's hard cases. */
const ROWS: readonly (readonly [string, string])[] = [
  ['Suspected Boko Haram fighters kidnapped 40 passengers travelling on a highway.', 'ABDUCT_DISSAP'],
  ['Rebels and the army swapped 50 prisoners each under a deal brokered by the Red Cross.', 'AGREEMENT'],
  ['A US drone strike killed two suspected al-Shabaab commanders near Jilib on Friday.', 'AIR_STRIKE'],
  [
    'Soldiers and militants exchanged fire for several hours near the border town, leaving four dead.',
    'ARMED_CLASH',
  ],
  ['Security forces detained the opposition leader at his home early on Thursday.', 'ARREST'],
  [
    'Separatist forces fired mortars at government positions near the city, the army said.',
    'ART_MISS_ATTACK',
  ],
  ['Unidentified gunmen shot dead a local councillor outside his home in the town.', 'ATTACK'],
  ['The Islamic State group claimed responsibility for the attack through its news agency.', 'ATTRIB'],
  ['Several armed factions announced they had merged into a single coalition.', 'CHANGE_TO_GROUP_ACT'],
  [
    'Dozens of people were treated for breathing difficulties after a suspected chlorine attack.',
    'CHEM_WEAP',
  ],
  ['The European Union imposed new sanctions on officials over the crackdown.', 'DIPLO'],
  ['Bomb disposal experts defused an explosive device found near the market.', 'DISR_WEAP'],
  [
    'Security forces opened fire on demonstrators in the capital, killing at least three people.',
    'FORCE_AGAINST_PROTEST',
  ],
  ['Government troops recaptured the strategic hill from rebels on Sunday.', 'GOV_REGAINS_TERIT'],
  ['An unknown assailant lobbed a grenade into a crowded bar, wounding nine people.', 'GRENADE'],
  ['Turkish troops established a military base near the border village, a monitor said.', 'HQ_ESTABLISHED'],
  ['At least 30 people died when an overcrowded boat capsized on the river.', 'MAN_MADE_DISASTER'],
  ['A mob beat to death a man suspected of stealing a motorbike in the market.', 'MOB_VIOL'],
  ['A magnitude 6.1 earthquake struck off the coast, damaging hundreds of homes.', 'NATURAL_DISASTER'],
  [
    'Houthi rebels seized control of the provincial capital after days of fighting.',
    'NON_STATE_ACTOR_OVERTAKES_TER',
  ],
  [
    'Government forces entered the city without resistance after the militants pulled out.',
    'NON_VIOL_TERRIT_TRANSFER',
  ],
  ['Police dismantled a drug trafficking ring and seized 200 kilograms of cocaine.', 'ORG_CRIME'],
  ['Dozens of bodies were exhumed from a mass grave near the town.', 'OTHER'],
  ['Thousands of teachers marched through the capital to demand higher pay.', 'PEACE_PROTEST'],
  ['Militants burned down 30 houses in the village overnight.', 'PROPERTY_DISTRUCT'],
  [
    'Police fired tear gas to disperse hundreds of protesters who had gathered outside parliament.',
    'PROTEST_WITH_INTER',
  ],
  ['A roadside bomb exploded next to an army vehicle, killing two soldiers.', 'REM_EXPLOS'],
  ['A teenage girl was sexually assaulted by two men in the camp.', 'SEX_VIOL'],
  ['A suicide bomber detonated his explosive vest at a mosque during Friday prayers.', 'SUIC_BOMB'],
  ['The demonstration turned violent when some protesters attacked a police station.', 'VIOL_DEMONSTR'],
  // Who took the place decides the territorial sub-event, even when rebels "recapture" it.
  [
    'Al-Shabaab militants recaptured the coastal town hours after it was seized by government troops.',
    'NON_STATE_ACTOR_OVERTAKES_TER',
  ],
  ['The town fell to insurgents on Tuesday after a three-day siege.', 'NON_STATE_ACTOR_OVERTAKES_TER'],
  // The demonstrators' own violence decides before the force used against them.
  ['Protesters threw stones at police, who responded with tear gas and water cannon.', 'VIOL_DEMONSTR'],
  ['Police arrested 25 people at an anti-government protest in the capital.', 'PROTEST_WITH_INTER'],
  // A disrupted weapon is not the attack it would have been.
  ['Air defences intercepted two drones launched towards the city, the military said.', 'DISR_WEAP'],
  [
    'Police arrested a would-be suicide bomber and seized his explosive vest before he reached his target.',
    'DISR_WEAP',
  ],
  ['Three militants were killed when the bomb they were assembling exploded prematurely.', 'DISR_WEAP'],
  // The event retaliated for is background.
  [
    'Warplanes struck militant positions in retaliation for a suicide bombing that killed 20 soldiers.',
    'AIR_STRIKE',
  ],
  // Negative: words that look like cues but are not the sub-event.
  [
    'negative: a claim nobody made. A blast ripped through a bus; no group has claimed responsibility.',
    'REM_EXPLOS',
  ],
  ['negative: riot police watched as thousands marched peacefully through the city.', 'PEACE_PROTEST'],
  ['negative: police used stun grenades to break up a sit-in by teachers.', 'PROTEST_WITH_INTER'],
  [
    'negative: the man committed suicide in his cell, officials said; he had been arrested in March 2019.',
    'ARREST',
  ],
  ['negative: fire crews contained a chemical spill at the airport freight building.', 'MAN_MADE_DISASTER'],
  ['negative: the committee will meet again next week.', 'ARMED_CLASH'],
];

describe('classifySnippet (ACLED sub-event labels)', () => {
  it.each(ROWS)('%s → %s', (text, label) => {
    expect(classifySnippet(text, [])).toBe(label);
  });
});
