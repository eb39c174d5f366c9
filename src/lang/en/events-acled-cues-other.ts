import type { AcledCue } from './events-acled-cue.js';

/**
 * Cues for the CASE-2021 labels outside ACLED's taxonomy: organised crime, natural and man-made disasters,
 * diplomatic events, and attribution (claims of responsibility, blame, accusation and denial).
 */
export const OTHER_CUES: readonly AcledCue[] = [
  [
    'ORG_CRIME',
    5,
    'robb(?:ed|ery|eries|ers?|ing)|heists?|burglar\\w*|smuggl\\w*|traffick\\w*|drug (?:lords?|barons?|dealers?|dealing|cartels?|gangs?|rings?|busts?|money|smugglers?|traffickers?)|cartels?|gangs?(?:ters?)?|gang members?|extort\\w*|money[- ]laundering|embezzl\\w*|counterfeit\\w*|fraud\\w*|scams?|scammers?|mafia|syndicates?|rackets?|racketeering|narcotics?|cocaine|heroin|methamphetamine|crystal meth|marijuana|cannabis|ganja|opium|contraband|pornograph\\w*|poach\\w*|illegal (?:logging|mining|fishing|migration|migrants|arms trade)|cyber ?crimes?|hackers|piracy|pirates|ransom|carjack\\w*',
  ],
  [
    'ORG_CRIME',
    2.5,
    'thefts?|thieves|stole|stolen|criminals?|criminal (?:groups?|gangs?|networks?|organi[sz]ations?)|drugs|hijack\\w*|bandits|armed robbers|loot',
  ],
  [
    'NATURAL_DISASTER',
    6,
    'earthquakes?|quakes?|tremors?|aftershocks?|tsunamis?|cyclones?|hurricanes?|typhoons?|tornado(?:e?s)?|storms?|blizzards?|snowstorms?|hailstorms?|landslides?|mudslides?|avalanches?|volcan\\w*|lava|droughts?|famine|wildfires?|bush ?fires?|forest fires?|heat ?waves?|cold (?:wave|snap)s?|lightning|locusts?|torrential rains?|heavy rains?|downpours?|monsoon|flash floods?|floods?|flooding|flooded',
  ],
  [
    'NATURAL_DISASTER',
    5,
    'covid(?:-?19)?|coronavirus|pandemic|epidemic|outbreaks?|cholera|ebola|measles|dengue|malaria|influenza|bird flu|swine flu|virus|infections?|infected|caseload|lockdowns?|quarantine',
  ],
  [
    'NATURAL_DISASTER',
    1.5,
    'cases|rains?|weather|disaster|death toll|rescue (?:teams|workers|operations?)|trapped',
  ],
  [
    'MAN_MADE_DISASTER',
    6,
    '(?:plane|air|helicopter|bus|car|road|train|boat|ferry|truck|lorry) (?:crash(?:es)?|accidents?|collisions?|disasters?)|crash(?:ed|es)? (?:into|in|near|shortly|after)|derail\\w*|capsiz\\w*|shipwrecks?|sank|sinking|stampedes?|(?:building|bridge|roof|wall|mine|dam|structure|house|stadium|tower|factory) (?:\\w+ ){0,2}collaps\\w*|collapsed|(?<!opened |open |returned |cross-?)fire (?:that |which )?(?:broke out|erupted|started|spread|engulfed|gutted|razed)|(?:died|killed|perished|trapped|injured|hurt) in (?:a|the) (?:\\w+ )?(?:fire|blaze)|plunged (?:into|off)|veered off|overturned|fell (?:into|off) (?:a |the )?(?:gorge|river|ravine|cliff|canal)|fire broke out|caught fire|catching fire|blaze|gutted|inferno|firefighters|fire (?:crews|fighters|brigade|department|service|services|tenders|engines|trucks)|(?:chemical|oil|gas|toxic|fuel|ammonia|diesel) (?:spills?|leaks?|leakage)|spill(?:ed|t|s)?|electrocut\\w*|(?:dams?|levees?|embankments?|pipes?|pipelines?) (?:burst|breach\\w*|fail\\w*|gave way)|hooch|spurious liquor|bootleg|illicit (?:liquor|alcohol|brew)|tainted (?:alcohol|liquor)|methanol poisoning|toxic (?:alcohol|liquor)|food poisoning|(?:gas|boiler|cylinder|tanker|pipeline|transformer|reactor|furnace) (?:\\w+ ){0,2}(?:explosions?|exploded|blasts?|leaks?|fires?|burst)|(?:explosion|blast|fire) (?:at|in) (?:a |an |the )?(?:\\w+ ){0,2}(?:plant|factory|refinery|mine|warehouse|depot|facility|chemical|fireworks|port|market|hospital|hotel|building)',
  ],
  [
    'MAN_MADE_DISASTER',
    3,
    'crash(?:ed|es)?|accident(?:s|ally)?|collisions?|collided|wreckage|debris|burn(?:ed|s|t|ing)|plants?|factory|factories|industrial|(?:power|electricity) (?:outages?|cuts?)|blackouts?|leak(?:ed|s|age)?|coal mines?',
  ],
  [
    'DIPLO',
    5,
    'sanctions?|diplomat(?:s|ic)?|ambassadors?|envoys?|embass(?:y|ies)|consul(?:ate|ates|s)?|summit|summoned|expel\\w* (?:\\w+ ){0,3}(?:diplomats|ambassadors?|envoys?|staff)|expulsions? of (?:\\w+ ){0,3}(?:diplomats|ambassadors?)|recall(?:ed|s)? (?:its |their )?(?:ambassador|envoy)|sever(?:ed)? (?:diplomatic )?(?:ties|relations)|bilateral|state visit|official visit|(?:tele)?phone (?:call|conversation|talks)|spoke by (?:tele)?phone|(?:his|her|their) (?:\\w+ )?counterparts?|(?:trade|economic|bilateral|cooperation|defen[cs]e|nuclear|visa|investment|energy|gas|arms control|climate|free trade) (?:agreements?|deals?|pacts?|accords?|treaty|treaties)|persona non grata|travel bans?|tariffs?|trade (?:war|deal|talks)',
  ],
  [
    'DIPLO',
    2.5,
    'talks|negotiat\\w*|visit(?:ed|s|ing)?|met with|meeting|condemn\\w*|Security Council|General Assembly|resolution|treaty|ties|relations|counter-?measures|announced (?:new )?(?:actions|measures)|cyber-?attacks?|election interference',
  ],
  [
    'DIPLO',
    1,
    'foreign minist(?:er|ers|ry)|secretary of state|minister|president|prime minister|retaliat\\w*|in response',
  ],
  [
    'ATTRIB',
    8,
    'claim(?:ed|s|ing)? (?:\\w+ ){0,2}responsibility|took responsibility|claims? of responsibility|(?:denied|denies|deny|disclaimed|rejected) (?:\\w+ ){0,6}(?:responsib\\w*|involvement|role|any link|being behind)|responsibility for|responsible for (?:the |this |last )|held (?:\\w+ ){0,3}responsible|blam(?:ed|es|ing)|was behind (?:the |this )|were behind (?:the |this )|behind the (?:attack|bombing|killing|assault|blast|explosion|shooting)|attributed (?:\\w+ ){0,3}to|pointed the finger|(?:bore|bears|bearing|had) the hallmarks',
  ],
  // A claim nobody made is no claim: the snippet is about the attack.
  [
    'ATTRIB',
    -8,
    'no (?:\\w+ ){0,2}(?:has|have|had)? ?(?:yet |immediately |so far )?(?:claimed|taken|accepted|admitted)|(?:no|without) (?:immediate )?claims? of responsibility',
  ],
  ['ATTRIB', 4, '(?:was|were) (?:carried out|perpetrated|orchestrated|masterminded) by'],
  [
    'ATTRIB',
    3,
    'accus(?:ed|es|ing|ations?)|alleg(?:ed|es|ations?)|suspected of|in violation of|violation of|violations|claimed',
  ],
];
