/**
 * How the ACLED codebook ranks sub-events that one snippet can support at once. Regex sources are
 * case-insensitive.
 */

/** The label chosen when no cue fires: the commonest kind of conflict report. */
export const ACLED_FALLBACK_LABEL = 'ARMED_CLASH';

/** Words that put a snippet in a demonstration (the protest sub-events need one). */
export const PROTEST_CONTEXT =
  'protest\\w*|demonstrat\\w*|rall(?:y|ies|ied)|marchers|marched|sit-?ins?|crowds?|students|strikers|striking|mourners|procession|riot(?:s|ed|ers|ing)?|gathering|gathered|took to the streets|vigil';

/** Labels that describe what happened at a demonstration, and how much of their score counts outside one. */
export const NEEDS_PROTEST_CONTEXT: Readonly<Record<string, number>> = {
  PROTEST_WITH_INTER: 0.3,
  FORCE_AGAINST_PROTEST: 0.3,
  VIOL_DEMONSTR: 0.6,
};

/**
 * A generic label gives way to a more specific one that also fired (codebook): a protest met with force,
 * intervention or turned violent is coded as that; the demonstrators' own violence decides before the force
 * used against them; a battle that changes who holds a place is a territorial sub-event; violence against
 * civilians by a weapon with its own sub-event (suicide bomb, grenade, explosive, sexual violence, abduction)
 * is coded as that. Candidates in priority order, each with the share of the generic label's score it needs
 * (REFINEMENT_SHARE unless given).
 */
export type Refinement = readonly [label: string, share?: number];

export const ACLED_REFINEMENTS: Readonly<Record<string, readonly Refinement[]>> = {
  PEACE_PROTEST: [['VIOL_DEMONSTR'], ['FORCE_AGAINST_PROTEST'], ['PROTEST_WITH_INTER']],
  PROTEST_WITH_INTER: [['VIOL_DEMONSTR'], ['FORCE_AGAINST_PROTEST']],
  FORCE_AGAINST_PROTEST: [['VIOL_DEMONSTR']],
  ARREST: [['PROTEST_WITH_INTER'], ['ORG_CRIME'], ['SEX_VIOL'], ['DISR_WEAP', 0.6]],
  // A chemical weapon dropped or fired is a chemical weapon event.
  AIR_STRIKE: [
    ['CHEM_WEAP', 0.5],
    ['DISR_WEAP', 0.6],
  ],
  ARMED_CLASH: [
    ['SUIC_BOMB'],
    ['GRENADE'],
    ['NON_VIOL_TERRIT_TRANSFER'],
    ['GOV_REGAINS_TERIT'],
    ['NON_STATE_ACTOR_OVERTAKES_TER'],
    ['HQ_ESTABLISHED'],
    ['MOB_VIOL'],
  ],
  // Territory changing hands under a deal is the transfer, not the deal.
  AGREEMENT: [['NON_VIOL_TERRIT_TRANSFER', 0.6]],
  GOV_REGAINS_TERIT: [['NON_VIOL_TERRIT_TRANSFER']],
  NON_STATE_ACTOR_OVERTAKES_TER: [['NON_VIOL_TERRIT_TRANSFER']],
  ATTACK: [['FORCE_AGAINST_PROTEST'], ['SUIC_BOMB'], ['GRENADE'], ['SEX_VIOL'], ['MOB_VIOL'], ['REM_EXPLOS']],
  REM_EXPLOS: [['SUIC_BOMB'], ['GRENADE'], ['DISR_WEAP']],
  // A suicide bomber caught before the blast: the weapon use was disrupted.
  SUIC_BOMB: [['DISR_WEAP', 0.5]],
  // Intercepted or tested missiles are not an attack; missiles fired from the air are an air strike.
  ART_MISS_ATTACK: [['CHEM_WEAP', 0.5], ['DISR_WEAP'], ['OTHER'], ['AIR_STRIKE', 0.6]],
  // Weapons destroyed from the air: the air strike is the event (unless air defences intercepted something).
  DISR_WEAP: [['AIR_STRIKE', 0.6]],
  CHANGE_TO_GROUP_ACT: [['NON_VIOL_TERRIT_TRANSFER', 0.6], ['HQ_ESTABLISHED']],
  // Looting and destruction are their own sub-event only outside other violence (codebook).
  PROPERTY_DISTRUCT: [
    ['VIOL_DEMONSTR'],
    ['MOB_VIOL'],
    ['AIR_STRIKE', 0.5],
    ['ART_MISS_ATTACK', 0.5],
    ['NATURAL_DISASTER', 0.5],
    ['MAN_MADE_DISASTER', 0.5],
  ],
  SEX_VIOL: [['MOB_VIOL']],
};

/** A refinement needs at least this share of the generic label's score, and at least REFINEMENT_MIN. */
export const REFINEMENT_SHARE = 0.35;
export const REFINEMENT_MIN = 2;

/** Phrases after which, to the end of the sentence, an earlier event is told as background ("in retaliation for"). */
export const BACKGROUND_CUES =
  'in (?:retaliation|revenge|response|reprisal) (?:for|to|against)|to avenge|in the wake of|a day after|days after|weeks after';
