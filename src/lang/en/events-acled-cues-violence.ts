import { type AcledCue, W } from './events-acled-cue.js';

/**
 * Cues for the ACLED Battles, Explosions/Remote violence and Violence against civilians sub-events, from the
 * ACLED codebook definitions. Territorial battles (GOV_REGAINS_TERIT, NON_STATE_ACTOR_OVERTAKES_TER) are decided
 * by who takes control (events-acled-territory.ts), not by cues here.
 */
export const VIOLENCE_CUES: readonly AcledCue[] = [
  // Battles / Armed clash: two organised armed groups fight.
  [
    'ARMED_CLASH',
    5,
    'armed clash(?:es)?|gun ?fights?|gun battles?|fire ?fights?|shoot-?outs?|gun duels?|exchanges? of (?:gun)?fire|exchanged (?:gun)?fire|exchanging (?:gun)?fire|fire exchanges?|traded (?:gun)?fire|trading (?:gun)?fire|shoot-?outs?|gun duels?|returned fire',
  ],
  [
    'ARMED_CLASH',
    3,
    `clash(?:ed|es)? with ${W.gap(3)}(?:${W.forces}|militants|insurgents|rebels|fighters|gunmen|militia(?:s|men)?|terrorists|jihadists)`,
  ],
  [
    'ARMED_CLASH',
    3,
    'heavy fighting|fierce fighting|intense fighting|fierce battles?|heavy clashes|fierce clashes|engaged in (?:heavy |fierce |close[- ]quarters? )?(?:fighting|combat|gunfight|battle)|close[- ]quarters? combat',
  ],
  [
    'ARMED_CLASH',
    3,
    `(?:attack(?:ed|s|ing)?|raid(?:ed)?|stormed|ambush(?:ed)?|overran|targeted) ${W.gap(5)}(?:positions?|posts?|bases?|camps?|checkpoints?|convoys?|patrols?|barracks|police stations?|outposts?|garrisons?)`,
  ],
  [
    'ARMED_CLASH',
    2.5,
    'ambush(?:ed|es)?|repulsed|repelled|counter-?attacks?|counter-?offensive|offensive against|military operations?|gunfire between',
  ],
  [
    'ARMED_CLASH',
    2.5,
    `(?:killed|neutrali[sz]ed|eliminated) ${W.gap(3)}(?:militants|insurgents|rebels|terrorists|jihadists|fighters|al-Shabaa?b|Taliban|Boko Haram)`,
  ],
  ['ARMED_CLASH', 2, 'clash(?:ed|es)?|fighting|fought|battles?|battled|combat'],
  ['ARMED_CLASH', 1, 'militants|insurgents|rebels|fighters|troops|soldiers|attacked'],
  // Explosions/Remote violence.
  [
    'AIR_STRIKE',
    5,
    'air ?strikes?|air ?raids?|aerial (?:bombardments?|bombings?|attacks?|strikes?|raids?)|drone (?:strikes?|attacks?)|bombing raids?|air (?:attacks?|missiles?|bombardments?)|helicopter gunships?|barrel bombs?',
  ],
  [
    'AIR_STRIKE',
    4,
    'war ?planes?|fighter (?:jets?|planes?|aircraft|bombers?)|(?:jets?|aircraft|planes?|helicopters?|drones?|air force) (?:bombed|pounded|struck|hit|targeted|fired|carried out|launched|attacked|raided)|sorties|(?<!suicide )bombers|unmanned aerial vehicles?|UAVs?|gunships?|air-to-surface',
  ],
  [
    'AIR_STRIKE',
    2,
    'jets?|drones?|aircraft|aerial|helicopters?|bombed|bombarded|pounded|(?<!general |hunger |on |a )strikes? (?:targeted|hit|killed|on)',
  ],
  [
    'ART_MISS_ATTACK',
    5,
    'shelling|shelled|artillery|mortars?(?: (?:shells?|rounds?|bombs?|fire|attacks?))?|howitzers?|katyushas?|grad rockets|rocket (?:attacks?|fire)|missile (?:attacks?|strikes?)|tank (?:fire|shells?|attacks?)|barrages?',
  ],
  [
    'ART_MISS_ATTACK',
    4,
    `(?:fired|launched|lobbed|hit by|struck by) ${W.gap(4)}(?:rockets?|missiles?|shells?|mortars?|projectiles?)|(?:rockets?|missiles?|shells?|mortars?|projectiles?) ${W.gap(3)}(?:landed|fell|hit|struck|slammed|exploded|impacted)|tanks? ${W.gap(2)}(?:fired|shelled|attacked|opened fire)`,
  ],
  [
    'ART_MISS_ATTACK',
    3,
    'rockets?|missiles?|shells|projectiles?|bombard(?:ed|ment|ments)|heavy weapons|cross-border fire',
  ],
  [
    'REM_EXPLOS',
    5,
    'improvised explosive devices?|explosive devices?|IEDs?|roadside bombs?|car bombs?|truck bombs?|vehicle[- ]borne|VBIEDs?|motorcycle bombs?|bicycle bombs?|sticky bombs?|magnetic bombs?|parcel bombs?|letter bombs?|pipe bombs?|time bombs?|remote(?:ly)?[- ]control(?:led)?|remotely detonated|landmines?|land mines?|anti-(?:tank|personnel) mines?|booby[- ]?trap(?:s|ped)?',
  ],
  [
    'REM_EXPLOS',
    3,
    '(?<!petrol |barrel |suicide |smoke |fire|gas |stink )bombs?|(?<!suicide |air |aerial )bombings?|blasts?|(?<!gas |boiler |cylinder |tanker |plant |factory )explosions?|detonat(?:ed|ion|ing)|went off|exploded|(?<!coal |gold |diamond )mines?|planted',
  ],
  ['REM_EXPLOS', 1.5, 'explosives?|explosive'],
  [
    'SUIC_BOMB',
    7,
    'suicide (?:bomb(?:ers?|ings?|s)?|attacks?|attackers?|car|vests?|belts?|blasts?|explosions?|truck|operations?|mission)|blew (?:himself|herself|themselves) up|(?:detonated|blew up|exploded|triggered|set off) (?:his|her|their) (?:explosive )?(?:vests?|belts?|explosives|car|vehicle)|self-detonat\\w*|explosive (?:vests?|belts?)|martyrdom operations?',
  ],
  [
    'SUIC_BOMB',
    4,
    '(?<!committed |attempted |attempt |assisted )suicide(?! (?:attempts?|rates?|notes?|prevention))|kamikazes?',
  ],
  [
    'GRENADE',
    7,
    '(?<!stun |rocket[- ]propelled |flash[- ]?bang |smoke |tear[- ]gas |sound )(?:hand[- ])?grenades?(?: attacks?)?',
  ],
  [
    'CHEM_WEAP',
    6,
    'chemical (?:weapons?|attacks?|agents?|munitions|arms)(?! (?:facilit\\w*|sites?|stockpiles?|programs?|programmes?|depots?|plants?|convention|watchdog|production))|chlorine|sarin|mustard gas|nerve (?:agents?|gas)|poison(?:ous)? gas|toxic gas(?:es)?|gas attacks?|OPCW|(?:Organi[sz]ation for the )?Prohibition of Chemical Weapons|white phosphorus|toxic (?:agents?|substances?) (?:fired|dropped|used)',
  ],
  [
    'CHEM_WEAP',
    2,
    'chemicals?(?! weapons? (?:facilit\\w*|sites?|stockpiles?|programs?|programmes?|depots?|plants?))|suffocation|suffocat\\w*|choking|toxic',
  ],
  // Violence against civilians.
  [
    'ATTACK',
    5,
    `(?:unknown|unidentified|suspected|armed) gunmen|gun attacks?|(?:shot|gunned) dead|shot and killed|hacked (?:to death|\\w+ to death)|stabbed|stabbings?|massacred?|beheaded|behead\\w*|burn(?:ed|t) alive|drive-by|mass shootings?|shooting (?:attacks?|spree)|(?:killed|murdered|shot|attacked|executed|slaughtered|butchered) ${W.gap(3)}(?:${W.civilians})`,
  ],
  [
    'ATTACK',
    4,
    `(?:(?:stormed|raided|invaded|attacked) (?:a |the )?(?:[\\w-]+ )?(?:village|community|church|mosque|school|home|house|hotel|market|camp for displaced)|opened fire (?:on|at) ${W.gap(3)}(?:${W.civilians}|a (?:car|vehicle|bus|house|home|mosque|church|market|school|wedding|funeral)))|attack(?:ed|s)? (?:on )?(?:a |the |an )?(?:[\\w-]+ )?(?:village|community|communities|civilians|residents|villagers|worshippers|church|mosque|school|farmers|travell?ers|motorists|passengers|market|wedding|funeral)|gunmen|herdsmen|assassinat\\w*|murder(?:ed|s)?|executed|execution-style|tortured|lynched`,
  ],
  ['ATTACK', 2, 'bandits|machetes?'],
  ['ATTACK', 1.5, 'shooting|killings?|attackers|stormed|assailants'],
  ['ATTACK', 0.5, 'shot|killed|dead|bodies|victims?'],
  [
    'ABDUCT_DISSAP',
    5,
    '(?:seized|grabbed|snatched|captured) (?:\\w+ ){0,3}(?:aid workers|workers|civilians|passengers|children|girls|boys|women|students|pupils|schoolgirls|journalists|foreigners|tourists|engineers|villagers|farmers|traders)',
  ],
  [
    'ABDUCT_DISSAP',
    6,
    'took (?:\\w+ ){0,4}hostages?|(?:taken|held|kept) (?:as )?hostages?|abduct\\w*|kidnap\\w*|(?:forcibly|forced|enforced) disappear\\w*|forced disappearances?|taken hostage|held hostage|hostage-taking|taken captive|held captive|whisked away|snatched|captors?|abductees?',
  ],
  [
    'ABDUCT_DISSAP',
    3,
    'hostages?|disappeared|whereabouts (?:are |remain |is )?unknown|went missing|taken away|took away|(?:not|never) (?:been )?(?:seen|heard)(?: from)?(?: (?:him|her|them))? since',
  ],
  [
    'SEX_VIOL',
    7,
    'rap(?:e|ed|es|ist|ists|ing)|sexual(?:ly)? (?:assault\\w*|abus\\w*|violence|harass\\w*|exploit\\w*|attack\\w*)|molest\\w*|gang-?rap\\w*|sex(?:ual)? attacks?|sex slave\\w*|sexual slavery|indecent assault|abused (?:\\w+ )?(?:women|girls)|abusing (?:\\w+ )?(?:women|girls)',
  ],
  [
    'SEX_VIOL',
    3,
    `sexually|(?:assaulted|abused) ${W.gap(2)}(?:wom[ae]n|girls?|civilians)|forced (?:marriage|prostitution)`,
  ],
];
