import { type AcledCue, W } from './events-acled-cue.js';

const WEAPONS =
  'landmines?|mines|unexploded (?:ordnance|bombs?|shells?)|UXOs?|ordnance|weapons?|arms|ammunitions?|explosives?|rifles?|guns?|firearms?|grenades?|rockets?|mortars?|IEDs?|explosive devices?|bombs?|munitions|rounds|cartridges|bullets|pistols?|AK-?47s?|Kalashnikovs?|detonators?|suicide vests?|explosive (?:vests?|belts?)|missiles?|launchers?|weaponry|military equipment|drones?|tanks?';

/**
 * Cues for the ACLED Strategic developments sub-events (codebook): agreements (ceasefires, peace deals, prisoner
 * exchanges and releases, surrenders, evacuation deals); arrests (politically significant or mass arrests);
 * change to group/activity (new groups, mergers, defections, leadership changes, troop deployments and
 * withdrawals, recruitment, training); disrupted weapons use (defused or intercepted explosives, seized weapons,
 * caches, accidental detonation by those who made them); headquarters or base established; looting/property
 * destruction; non-violent transfer of territory (handed over, withdrawn from, taken without resistance); other.
 */
export const STRATEGIC_CUES: readonly AcledCue[] = [
  [
    'AGREEMENT',
    5,
    'agreements?|peace (?:deals?|accords?|treaty|treaties|pacts?|agreements?|talks|plan)|cease-?fires?|truces?|prisoner (?:exchanges?|swaps?)|exchanges? of (?:prisoners|detainees|bodies|captives)|exchanged (?:\\w+ )?(?:prisoners|detainees|bodies|captives)|swapped|memorand(?:um|a) of understanding|evacuation deal|reconciliation (?:deal|agreement)|armistice',
  ],
  [
    'AGREEMENT',
    3.5,
    `agreed (?:to|on|upon|a|an)|signed ${W.gap(3)}(?:deal|accord|pact|agreement|treaty|memorandum|declaration|document)|reached (?:a |an )?(?:deal|accord|consensus|understanding)|(?:released|freed|handed over) ${W.gap(3)}(?:prisoners|detainees|captives|hostages|soldiers)|surrender(?:ed|s)?|laid down (?:their |its )?(?:arms|weapons)|deals?|accords?|pacts?|brokered|signed`,
  ],
  [
    'ARREST',
    5,
    'arrest(?:ed|s|ing)?|detain(?:ed|ing|s)?|detentions?|taken into custody|apprehended|rounded up|nabbed|remanded|locked up|picked up by police',
  ],
  [
    'ARREST',
    2,
    'jailed|imprisoned|custody|held for questioning|charged with|raids?|raided|crackdown|sentenced|manhunt',
  ],
  [
    'CHANGE_TO_GROUP_ACT',
    5,
    `defect(?:ed|ion|ions|ors?|s)|redeploy\\w*|(?:formed|founded|created|launched|established|set up|announced|creation of|formation of|establishment of|founding of) ${W.gap(4)}(?:new )?(?:group|militia|brigade|unit|force|coalition|alliance|battalion|army|wing|faction|movement|party)|merg(?:ed|er|ing)|disband\\w*|demobili[sz]\\w*|renamed|changed (?:its|their) name|pledged (?:allegiance|loyalty)|allegiance to|joined (?:forces|ranks|the ranks)|military (?:drills?|exercises?|build-?up|training|parade)|drawdown|draw-down|(?:were|was|been|being) (?:formed|founded|created|disbanded|dissolved|merged|restructured|reorgani[sz]ed|renamed)|new (?:leader|commander|chief|head)|(?:appointed|named) ${W.gap(3)}(?:commander|leader|chief|head)`,
  ],
  [
    'CHANGE_TO_GROUP_ACT',
    3.5,
    `deploy(?:ed|ing|s|ment|ments)?|reinforcements?|reinforced|(?:sen[dt]|sending|dispatch(?:ed|ing)?|moved|amass(?:ed|ing)|mass(?:ed|ing)|additional|extra|more) ${W.gap(3)}(?:troops|reinforcements|soldiers|forces|units|tanks|convoys?)|(?:troops|forces|soldiers|convoys?) ${W.gap(2)}(?:arrived|moved|massed|amassed|gathered|headed|heading)|mobili[sz]\\w*|recruit\\w*|pull(?:ed|s|ing)? (?:back|out)|withdr[ae]w\\w*|convoys? of (?:troops|soldiers|military vehicles|tanks)|training camps?|trained`,
  ],
  ['CHANGE_TO_GROUP_ACT', 1.5, 'curfew|patrols?|state of emergency|relocated|stationed|armed forces'],
  [
    'DISR_WEAP',
    6,
    `defus(?:ed|ing|e)|bomb disposal|bomb squad|(?:seized|confiscated|recovered|found|discovered|uncovered|unearthed|captured|seizure of|cache of|haul of|stockpile of|destroyed|dismantled|neutrali[sz]ed|intercepted|impounded|removed|cleared|deactivated|disposed of) ${W.gap(5)}(?:${WEAPONS})(?!-)|(?:drones?|missiles?|rockets?|UAVs?|projectiles?) ${W.gap(4)}(?:was|were) (?:shot down|intercepted|downed)|(?:weapons?|arms|ammunition|explosives?) (?:caches?|depots?|dumps?|hauls?|stockpiles?|stores?|factory|factories|workshops?)|controlled (?:explosion|detonation)|demining|de-mining|mine[- ]clearing|(?:shot down|intercepted|downed) ${W.gap(3)}(?:drones?|missiles?|rockets?|projectiles?|UAVs?)|air defen[cs]es?|Iron Dome|(?:accidentally|prematurely) (?:detonated|exploded|went off)|(?:detonated|exploded|went off) (?:prematurely|accidentally)|(?:bomb|explosives?|device|IED) (?:they|he|she) (?:were|was) (?:assembling|making|building|planting|carrying|handling|transporting)|while (?:making|assembling|planting|handling|manufacturing) (?:a |an )?(?:bomb|explosives?|IED|device)`,
  ],
  [
    'DISR_WEAP',
    6,
    '(?:would-be|potential|prospective) (?:suicide )?bombers?|(?:arrested|caught|detained|intercepted|shot|captured) (?:a |the |two |three )?(?:suspected )?(?:would-be )?suicide bombers?',
  ],
  [
    'DISR_WEAP',
    4,
    'suspicious (?:packages?|objects?|devices?|bags?|items?|vehicles?|parcels?)|foiled|thwarted|intercepted|disarm\\w*|(?:were|was) (?:found|discovered|recovered|seized) (?:and|before)',
  ],
  ['DISR_WEAP', 1.5, 'weapons|ammunitions?|cache|seized|seizure|confiscated|recovered|arms'],
  [
    'HQ_ESTABLISHED',
    6,
    `(?:set(?:ting)? up|established?|establish(?:es|ing)|built|build(?:s|ing)?|opened|erect\\w*|construct\\w*|install\\w*) ${W.gap(4)}(?:bases?|posts?|outposts?|headquarters|HQ|observation points?|points?|garrisons?|positions|camps?|command (?:centres?|centers?|posts?)|military (?:airport|airbase|facility|facilities))|observation (?:posts?|points?)|new (?:military )?(?:bases?|outposts?|headquarters|positions|posts?)`,
  ],
  [
    'NON_VIOL_TERRIT_TRANSFER',
    7,
    'without (?:a |any )?(?:fight|fighting|resistance|a shot|firing a (?:single )?shot|clashes|battle|bloodshed)|unopposed|hand(?:ed|ing|s)? (?:it |them |(?:the |its |their )?(?:\\w+ )?(?:town|city|area|region|district|base|positions?|control) )?over|hand(?:ed|ing|s)? over (?:the |its |their )?(?:\\w+ )?(?:town|city|area|region|district|base|positions?|control)|handed (?:control|the (?:town|city|area|region|district|base|positions?))|handover|peacefully (?:took|entered|handed)|(?:positions?|bases?|areas?|posts?|town|city|villages?|barracks) (?:left|vacated|abandoned|evacuated) by|departing|(?:evacuat\\w*|left|leaving|abandon\\w*|vacat\\w*) (?:their |its )?(?:last )?(?:bastion|stronghold|enclave|positions?|bases?)',
  ],
  [
    'NON_VIOL_TERRIT_TRANSFER',
    4,
    `(?:withdr[ae]w\\w*|pull(?:ed|ing|s)? out) (?:\\w+ ){0,3}from ${W.gap(4)}(?:town|city|village|area|region|district|positions?|base|crossing|province|territory)|vacated|abandoned|deserted|(?:began|begun|started) (?:leaving|evacuating)|entered (?:${W.gap(3)})(?:town|city|village|area)`,
  ],
  [
    'PROPERTY_DISTRUCT',
    6,
    `loot(?:ed|ing|ers)?|ransack\\w*|pillag\\w*|plunder\\w*|arson\\w*|set ${W.gap(4)}(?:on fire|ablaze|alight)|torch(?:ed|ing)|burn(?:ed|t)? (?:down )?${W.gap(3)}(?:houses?|homes?|shops?|buildings?|vehicles?|cars?|property|properties|schools?|churches|mosques?|markets?|offices?|huts|villages?|crops|stores?)|vandali[sz]\\w*|(?:destroy(?:ed|ing)|damag(?:ed|ing)|demolish(?:ed|ing)?) ${W.gap(3)}(?:houses?|homes?|property|properties|shops?|crops|farms?|buildings?|offices?|schools?|churches|mosques?|vehicles?|statues?|monuments?|shrines?|graves?|tombs?)|demoli(?:sh\\w*|tions?)|razed|bulldoz\\w*|uproot\\w*|set fire to|setting fire to|sets fire to|blew up (?:a |an |the )?${W.gap(2)}(?:towers?|bridges?|pipelines?|schools?|buildings?|houses?|homes?|shrines?|masts?|power|railway|churches|church|mosques?|offices?)`,
  ],
  ['PROPERTY_DISTRUCT', 2, 'properties|property|stole|stolen|damaged|destroyed|burn(?:ed|t)'],
  ['OTHER', 7, 'mass graves?'],
  [
    'OTHER',
    5,
    '(?:internet|phone|mobile|telecommunications?) (?:shutdowns?|blackouts?|access|services?|networks?)|(?:cut|cuts|shut) (?:off |down )?(?:the )?(?:internet|phone|mobile)',
  ],
  [
    'OTHER',
    5,
    'exhum\\w*|(?:bodies|corpses|remains) (?:\\w+ ){0,4}(?:found|discovered|unearthed|exhumed)|(?:missile|rocket|nuclear|weapons?) tests?|test-?fired|test launch|satellite launch|space (?:program|programme|launch)|returnees?|(?:returned|returning|return) (?:to their )?homes?',
  ],
  [
    'OTHER',
    2,
    'refugees|displaced|fled|fleeing|humanitarian (?:aid|assistance|corridors?|situation|crisis)|aid (?:convoys?|deliveries|delivery)|expelled|expulsions?|deport\\w*|launch(?:ed)?|declared|liberated from',
  ],
];
