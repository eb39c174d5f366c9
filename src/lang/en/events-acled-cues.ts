/**
 * Snippet cues for the 30 CASE-2021 / ACLED sub-event labels, written from the ACLED codebook definitions
 * (not learnt from data): [label, pattern (case-insensitive regex source, word-bounded by the reader), weight].
 * Heavier weights mark the sub-event's defining words ("suicide bomber", "grenade", "regained control").
 */
export const ACLED_CUES: readonly (readonly [string, string, number])[] = [
  [
    'ABDUCT_DISSAP',
    'abduct\\w*|kidnap\\w*|forcibly disappeared|forced disappearance|went missing|taken hostage|hostages?|seized? (?:a|two|three|several) (?:men|women|civilians)',
    3,
  ],
  [
    'AGREEMENT',
    'agreements?|agreed|accords?|deal|signed|peace (?:deal|pact|treaty)|truce|cease-?fire|exchange of prisoners|exchanged prisoners|prisoner (?:exchange|swap)|released? (?:\\d+ )?prisoners',
    2,
  ],
  [
    'AIR_STRIKE',
    'air ?strikes?|airstrikes?|air raids?|warplanes?|jets?|drone (?:strike|attack)s?|drones?|helicopter gunships?|bombed from the air|aerial (?:bombardment|attack)s?|air missiles?|sorties',
    3,
  ],
  [
    'ARMED_CLASH',
    'clash\\w*|fighting|fought|gunfight|firefight|exchange of fire|fire exchange|exchanged fire|battles?|attacked (?:the )?(?:military|army|defence|police) (?:positions?|posts?|bases?)|ambush\\w*|engaged|repulsed|repelled',
    2,
  ],
  ['ARREST', 'arrest\\w*|detain\\w*|apprehended|taken into custody|rounded up|custody', 3],
  [
    'ART_MISS_ATTACK',
    'shell\\w*|artillery|mortars?|rockets?|missiles?|barrages?|howitzers?|katyusha|projectiles?|bombard\\w*',
    3,
  ],
  [
    'ATTACK',
    'gunmen|shot dead|shooting|opened fire on|killed|murdered|stabbed|hacked|massacred?|attack(?:ed|s)? (?:on )?(?:civilians|villagers|community|residents|a village)|assassinat\\w*|beheaded|executed',
    1.5,
  ],
  [
    'ATTRIB',
    'claimed responsibility|claims? responsibility|blam\\w*|accus\\w*|held responsible|responsible for',
    3,
  ],
  [
    'CHANGE_TO_GROUP_ACT',
    'deployed|deployment|withdr[ae]w\\w*|reinforcements?|defected|defect\\w*|formed|merged|disbanded|joined forces|troops? (?:arrived|moved)|pull(?:ed|s)? back|redeploy\\w*|mobiliz\\w*|recruit\\w*|new (?:group|brigade|unit|leader)',
    2,
  ],
  [
    'CHEM_WEAP',
    'chemical|poisonous gas|chlorine|sarin|mustard gas|toxic gas|nerve agent|poison gas|gas attack|OPCW',
    4,
  ],
  [
    'DISR_WEAP',
    'seized (?:weapons|arms|ammunition|explosives)|weapons?|arms cache|ammunition|defused|dismantled|intercepted|confiscated|recovered|discovered|cache|seizure|tunnels?|bomb disposal|found (?:an? )?(?:explosive|bomb|IED)',
    2,
  ],
  [
    'FORCE_AGAINST_PROTEST',
    '(?:opened fire|shot|attacked|beat|charged|hits?|killed|suppressed) (?:on |at )?(?:\\w+ ){0,3}(?:protesters|demonstrators?|demonstration|students|marchers)|(?:gunfire|baton|live bullets|live ammunition)|disperse\\w*|crackdown|cracked down|killing (?:one|two|\\d+) protesters?',
    3,
  ],
  [
    'GOV_REGAINS_TERIT',
    '(?:regain\\w*|retook|retaken|recaptur\\w*|recover\\w*|liberat\\w*|took back|won back|back under) (?:\\w+ ){0,3}(?:control|town|city|village|area|district|region|territory)|regained|recaptured|liberated|government forces (?:have )?(?:captured|seized|took)|(?:army|troops|forces) (?:captured|seized|took control)',
    3,
  ],
  ['GRENADE', 'grenades?|hand-?grenades?', 4],
  [
    'HQ_ESTABLISHED',
    'set up (?:a |an )?(?:new )?(?:base|post|headquarters|checkpoint|observation)|established (?:a |an )?(?:\\w+ )?(?:base|post|headquarters|points?|camp)|observation (?:post|point)s?|military (?:post|base|point)s?|headquarters|new (?:military )?base|outposts?',
    4,
  ],
  [
    'MAN_MADE_DISASTER',
    'crash\\w*|derail\\w*|collapsed?|fire broke out|blaze|caught fire|spill|leak|explosion at (?:a |the )?(?:plant|factory|mine)|plant|factory|tank exploded|accident|capsiz\\w*|sank|stampede|gas explosion|mine (?:collapse|accident)|building collapse',
    2,
  ],
  [
    'MOB_VIOL',
    'mobs?|lynch\\w*|vigilante|villagers clashed|angry (?:crowd|mob)|communal clash\\w*|mob justice|beaten to death',
    4,
  ],
  [
    'NATURAL_DISASTER',
    'earthquake|quake|flood\\w*|cyclone|hurricane|typhoon|tornado|landslides?|tsunami|drought|storm|heavy rain\\w*|wildfires?|bushfires?|volcan\\w*|covid|coronavirus|epidemic|outbreak|pandemic|cases',
    4,
  ],
  [
    'NON_STATE_ACTOR_OVERTAKES_TER',
    '(?:rebels|militants|insurgents|fighters|jihadists|ISIS|ISIL|Daesh|Houthis?|al[- ]shabaa?b|Taliban|Boko Haram) (?:\\w+ ){0,3}(?:captured|seized|took (?:full )?control|overran|recaptured|took over|stormed)|fell to|overran|under (?:the )?control of (?:the )?(?:rebels|militants)',
    4,
  ],
  [
    'NON_VIOL_TERRIT_TRANSFER',
    'without (?:a )?(?:fight|resistance)|handed over|handover|withdr[ae]w\\w* from|pulled out of|evacuated (?:their )?positions|deserted|vacated|left the (?:city|town|area)|(?:began|began) leaving|evacuat\\w+ (?:from )?(?:their )?(?:last )?(?:bastion|stronghold)',
    3,
  ],
  [
    'ORG_CRIME',
    'robb\\w*|thefts?|smuggl\\w*|drug (?:traffick\\w*|cartel|dealer)s?|cartels?|gangs?|extortion|trafficking|heist|looters?|burglar\\w*|kidnap for ransom|ransom',
    3,
  ],
  ['OTHER', 'mass graves?|returned? (?:home|to)|humanitarian (?:aid|assistance)|refugees|expelled', 1.5],
  [
    'PEACE_PROTEST',
    'protest\\w*|demonstrat\\w*|rall(?:y|ies|ied)|march\\w*|sit-ins?|strikes? by|went on strike|vigil|picket\\w*|chanting|petition|boycott',
    2,
  ],
  [
    'PROPERTY_DISTRUCT',
    'set (?:on fire|ablaze|alight)|torched|burn(?:ed|t) (?:down )?(?:houses|homes|shops|buildings|vehicles|cars)|looted|vandali[sz]\\w*|destroyed (?:houses|homes|property|properties|shops)|demolish\\w*|razed|properties',
    3,
  ],
  [
    'PROTEST_WITH_INTER',
    '(?:tear ?gas|pepper[- ]spray\\w*|water cannon|rubber bullets|batons?) (?:\\w+ ){0,4}(?:protesters|demonstrators|crowds?|rally)|(?:protesters|demonstrators) (?:\\w+ ){0,4}(?:tear ?gas|pepper[- ]spray\\w*|water cannon|detained|arrested|dispersed)|police (?:broke up|blocked|stopped)|unauthori[sz]ed (?:rally|protest)|illegal (?:march|rally|protest)|(?:detained|arrested) (?:\\w+ ){0,6}(?:demonstrations?|protests?|rally)',
    3,
  ],
  [
    'REM_EXPLOS',
    'bombs?|bombing|blasts?|explosive devices?|IEDs?|roadside bomb|landmines?|mines?|car bomb|booby-?trap\\w*|explo(?:ded|sion)|detonat\\w*|improvised',
    2.5,
  ],
  [
    'SEX_VIOL',
    'rap(?:e|ed|es|ist|ing)|sexual(?:ly)? (?:assault|abuse|violence|harass\\w*)|molest\\w*|sex attack|gang-?rap\\w*|abused women|abusing (?:her|women)',
    5,
  ],
  ['SUIC_BOMB', 'suicide|kamikazes?|blew (?:himself|herself|themselves) up|self-detonat\\w*|suicide vest', 5],
  [
    'VIOL_DEMONSTR',
    'riot\\w*|turned violent|removed the fences|petrol bombs?|violent (?:protest|demonstration)s?|(?:protesters|demonstrators|rioters) (?:\\w+ ){0,4}(?:threw|hurled|torched|clashed|attack\\w*|stoned|set fire|burned|smashed)|stones?|petrol bombs?|molotov|firecrackers|hurl(?:ed|ing) stones|vandal\\w*',
    3,
  ],
  [
    'DIPLO',
    'sanctions?|diplomats?|diplomatic|ambassadors?|expel\\w*|summoned|condemn\\w*|envoy|talks|summit|foreign minister|embassy|recalled|visit\\w*|meeting|met with|bilateral',
    2,
  ],
];

/** The CASE-2021 label each sitrep event type votes for (sitrep types are coarser than ACLED's sub-events). */
export const SITREP_TYPE_LABELS: Readonly<Record<string, string>> = {
  armed_clash: 'ARMED_CLASH',
  territory_change: 'GOV_REGAINS_TERIT',
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

/**
 * A generic label gives way to a more specific one that also fired: a protest where force was used, where police
 * intervened, or that turned violent is coded as that, not as a peaceful protest.
 */
export const ACLED_REFINEMENTS: Readonly<Record<string, readonly string[]>> = {
  PEACE_PROTEST: ['FORCE_AGAINST_PROTEST', 'PROTEST_WITH_INTER', 'VIOL_DEMONSTR'],
  ARREST: ['PROTEST_WITH_INTER'],
  ARMED_CLASH: ['NON_STATE_ACTOR_OVERTAKES_TER', 'GOV_REGAINS_TERIT', 'HQ_ESTABLISHED'],
};
