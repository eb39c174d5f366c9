import type { EventTrigger } from './event-trigger.js';

/**
 * Triggers for the ACLED sub-events beyond battles, air strikes and shelling (explosions, chemical attacks,
 * violence against civilians, abductions, riots, agreements, looting and destruction, arrests). Same form as
 * EVENT_TRIGGERS; matched together with them (the longest match wins).
 */
export const ACLED_EVENT_TRIGGERS: readonly EventTrigger[] = [
  {
    phrases: [
      'explosion',
      'explosions',
      'blast',
      'blasts',
      'car bomb',
      'car bombs',
      'roadside bomb',
      'roadside bombs',
      'suicide bombing',
      'suicide bombings',
      'suicide attack',
      'suicide attacks',
      'improvised explosive device',
      'improvised explosive devices',
      'landmine',
      'landmines',
      'grenade attack',
      'grenade attacks',
    ],
    pos: 'noun',
    type: 'explosion',
  },
  {
    phrases: ['exploded', 'detonated', 'blew himself up', 'blew themselves up'],
    pos: 'verb',
    type: 'explosion',
  },
  {
    phrases: [
      'chemical attack',
      'chemical attacks',
      'chemical weapons attack',
      'gas attack',
      'gas attacks',
      'chlorine attack',
      'sarin attack',
    ],
    pos: 'noun',
    type: 'chemical_attack',
  },
  {
    phrases: [
      'shot dead',
      'fatally shot',
      'gunned down',
      'massacred',
      'executed',
      'beheaded',
      'stabbed',
      'assassinated',
    ],
    pos: 'verb',
    type: 'attack_on_civilians',
  },
  { phrases: ['massacre', 'massacres', 'assassination'], pos: 'noun', type: 'attack_on_civilians' },
  // "the shooting death of X", "X's stabbing death": one killing, told by the attack (not "shooting" and "death" apart)
  {
    phrases: ['shooting death', 'shooting deaths', 'stabbing death', 'stabbing deaths'],
    pos: 'noun',
    type: 'attack_on_civilians',
    namedPatient: true,
  },
  { phrases: ['murder', 'murders', 'shooting'], pos: 'noun', type: 'attack_on_civilians', definite: true },
  { phrases: ['arrest'], pos: 'noun', type: 'arrest', definite: true },
  {
    phrases: ['abducted', 'kidnapped', 'abduct', 'kidnap', 'abducting', 'taken hostage'],
    pos: 'verb',
    type: 'abduction',
  },
  { phrases: ['abduction', 'abductions', 'kidnapping', 'kidnappings'], pos: 'noun', type: 'abduction' },
  { phrases: ['riots', 'rioting'], pos: 'noun', type: 'riot' },
  { phrases: ['rioted'], pos: 'verb', type: 'riot' },
  {
    phrases: [
      'peace agreement',
      'peace deal',
      'peace accord',
      'peace treaty',
      'prisoner exchange',
      'prisoner swap',
      'agreement',
    ],
    pos: 'noun',
    type: 'agreement',
  },
  { phrases: ['looted', 'torched', 'razed', 'demolished', 'ransacked'], pos: 'verb', type: 'destruction' },
  { phrases: ['looting', 'arson'], pos: 'noun', type: 'destruction' },
  { phrases: ['apprehended', 'taken into custody'], pos: 'verb', type: 'arrest' },
  // "strike" alone is also a labour strike: only with a word that makes it a weapon's
  {
    phrases: [
      'drone strike',
      'drone strikes',
      'missile strike',
      'missile strikes',
      'military strike',
      'military strikes',
      'rocket strike',
      'rocket strikes',
    ],
    pos: 'noun',
    type: 'air_strike',
  },
  // shots fired at people (TRIGGER_SENSES tells a film shot, a sports shot or prices that shot up)
  {
    phrases: ['opened fire', 'open fire', 'opening fire', 'opens fire'],
    pos: 'verb',
    type: 'attack_on_civilians',
  },
  { phrases: ['shot', 'gunned'], pos: 'verb', type: 'casualties' },
  // "fired" is also a dismissal: only with what was fired
  {
    phrases: ['fired', 'firing', 'fire'],
    pos: 'verb',
    type: 'shelling',
    followedBy: ['rockets', 'missiles', 'shells', 'mortars', 'mortar rounds', 'artillery'],
    within: 4,
  },
  {
    phrases: ['fired', 'firing'],
    pos: 'verb',
    type: 'armed_clash',
    followedBy: ['shots', 'bullets', 'live rounds', 'live ammunition', 'gunshots'],
    within: 3,
  },
];
