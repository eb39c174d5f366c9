import { type AcledCue, W } from './events-acled-cue.js';

/** A month name, not a march ("in March", "March 3"). */
const MARCH =
  '(?<!(?:in|on|of|since|until|till|by|from|last|early|late|mid|this|next|between|and|to)[ -])march(?:ed|es|ing|ers)?(?![ -]\\d)';

/**
 * Cues for the ACLED Protests and Riots sub-events. The codebook's distinctions: a peaceful protest; a protest
 * with intervention (dispersal, tear gas, water cannon, rubber bullets, arrests, without serious injury); excessive
 * force against protesters (live fire, killing or seriously injuring peaceful protesters); a violent demonstration
 * (demonstrators themselves use violence or destroy property); mob violence (a violent crowd outside a
 * demonstration: lynching, vigilantes, communal clashes).
 */
export const DEMONSTRATION_CUES: readonly AcledCue[] = [
  [
    'PEACE_PROTEST',
    4,
    `protest(?:ers?|ors?|s|ed|ing)?|demonstrat(?:ors?|ions?|ed|ing)|${MARCH}|rall(?:y|ies|ied|ying)|sit-?ins?|took to the streets|hit the streets|staged (?:a |an )?(?:protest|sit-in|strike|walkout|demonstration|rally|march)`,
  ],
  [
    'PEACE_PROTEST',
    4,
    '(?:went|go|going|are|were) on (?:a )?(?:hunger )?strike|general strike|strike action|hunger strikes?|walk-?outs?|vigils?|picket\\w*|(?:workers|teachers|doctors|nurses|drivers|employees|staff|unions?)\\W+(?:\\w+ ){0,3}strike',
  ],
  [
    'PEACE_PROTEST',
    3,
    'downed tools|laid down (?:their )?tools|work stoppages?|stopped work|(?:to |)demand(?:ing|ed)? (?:the |his |her |their |better |higher |an |justice|action|reforms?)|gathered (?:outside|in front of|at|near)',
  ],
  [
    'PEACE_PROTEST',
    1.5,
    'chant(?:ed|ing)|placards?|banners?|slogans?|petition|boycott\\w*|peaceful(?:ly)?|gathered|rallied behind',
  ],
  [
    'PROTEST_WITH_INTER',
    5,
    'tear[- ]?gas|teargas|pepper[- ]spray\\w*|water[- ]cannons?|rubber bullets|rubber-coated|batons?|baton[- ]charge\\w*|lathi[- ]?charge\\w*|stun grenades?|sound grenades?|flash[- ]?bangs?',
  ],
  [
    'PROTEST_WITH_INTER',
    4,
    `dispers(?:e|ed|ing|al)|dispel\\w*|broke up|break up|breaking up|(?:detained|arrested|rounded up) ${W.gap(8)}(?:protesters|demonstrators|marchers|participants|activists|strikers|protests?|demonstrations?|rall(?:y|ies)|sit-ins?|march)|(?:protesters|demonstrators|marchers|activists|strikers|participants) ${W.gap(5)}(?:detained|arrested)|unauthori[sz]ed|unsanctioned|illegal (?:rally|protest|march|gathering|demonstration)|defied (?:a |the )?ban`,
  ],
  ['PROTEST_WITH_INTER', 4, 'suppress(?:ed|ing)|cracked down on'],
  ['PROTEST_WITH_INTER', 2, 'prevented|cordon\\w*|intervened'],
  [
    'FORCE_AGAINST_PROTEST',
    6,
    `(?:killed|shot|shot dead|opened fire (?:on|at)|fired (?:on|at|into)|hits|fired (?:live )?(?:bullets|rounds|ammunition|shots) (?:at|on|into)|beat|beaten|beating|injured|wounded|attacked|hit|assaulted|ran over|stabbed|brutali[sz]ed|tortured) ${W.gap(5)}(?:protesters|protestors|demonstrators?|marchers|demonstrations?|protests?|rall(?:y|ies)|strikers|striking \\w+|mourners)|(?:protesters?|protestors?|demonstrators?|marchers|strikers) ${W.gap(5)}(?:killed|shot dead|shot|died|dead|wounded|injured|beaten|hurt)|killing ${W.gap(2)}protesters?`,
  ],
  [
    'FORCE_AGAINST_PROTEST',
    4,
    'live (?:ammunition|bullets|fire|rounds)|excessive force|police brutality|brutally|gunfire|bloody crackdown|deadly crackdown|crackdown',
  ],
  [
    'VIOL_DEMONSTR',
    6,
    `(?<!anti-)riot(?:s|ed|ing|ers)?(?! (?:police|gear|squad|control|units?|officers|act))|turned violent|violent (?:protests?|demonstrations?|clashes|unrest)|(?:protesters|protestors|demonstrators|rioters|students|youths|crowds?|strikers) ${W.gap(8)}(?:threw|hurled|pelted|torched|burn(?:ed|t)|set (?:fire|ablaze)|smashed|vandali[sz]ed|attacked|stoned|looted|ransacked|clashed|blocked roads|damaged|destroyed|stormed)`,
  ],
  [
    'VIOL_DEMONSTR',
    5,
    `(?:torched|burn(?:ed|t)|set ablaze|stormed|attacked|vandali[sz]ed|ransacked|damaged|pelted|stoned|smashed) by (?:\\w+ ){0,3}(?:protesters|protestors|demonstrators|rioters|crowds?|students|youths)|(?:threw|hurled|hurling|throwing|pelted|pelting) ${W.gap(3)}(?:stones|rocks|bricks|bottles|petrol bombs|molotov\\w*|firecrackers|fireworks|projectiles|objects)|stone[- ]?pelt\\w*|stone[- ]throw\\w*|molotov\\w*|petrol bombs?|clash(?:ed|es)? ${W.gap(2)}(?:with|between) ${W.gap(6)}(?:protesters|demonstrators|marchers)|(?:protesters|demonstrators|marchers|students) ${W.gap(2)}clash(?:ed|es)?`,
  ],
  ['VIOL_DEMONSTR', 4, 'rampag\\w*|went on the rampage'],
  [
    'VIOL_DEMONSTR',
    2.5,
    'firecrackers|fireworks|burning tyres|burning tires|barricades|unrest|vandal\\w*|set ablaze|torched|police (?:officers|men)? ?(?:were )?injured',
  ],
  [
    'MOB_VIOL',
    7,
    'mobs?|lynch\\w*|vigilant\\w*|mob justice|jungle justice|(?:angry|irate|enraged) (?:crowd|residents|villagers|youths)|communal (?:clash\\w*|violence)|inter-?communal|sectarian clash\\w*',
  ],
  [
    'MOB_VIOL',
    5,
    `beat (?:\\w+ ){0,2}to death|(?:herders|herdsmen|farmers|villagers|communities|clans|tribes|tribesmen) (?:and|with) (?:\\w+ ){0,2}(?:herders|herdsmen|farmers|villagers|communities|clans|tribes|tribesmen)`,
  ],
  [
    'MOB_VIOL',
    4,
    `(?:villagers|residents|locals|youths|crowds?) ${W.gap(4)}(?:beat|lynched|attacked|clashed|torched|set fire|burned)|beaten to death|(?:two|rival) (?:groups|factions|parties|clans|communities|villages)|clash(?:ed|es)? between ${W.gap(4)}(?:supporters|activists|workers|villagers|groups|factions|students|herders|herdsmen|farmers|clans|tribes|communities)|sticks|iron rods|bamboo|sharp weapons`,
  ],
  [
    'MOB_VIOL',
    4,
    '(?:land|boundary|border|chieftaincy|communal|farmland|grazing) disputes?|over (?:a |the )?(?:dispute|land|cow|cattle|grazing|farmland)|(?:two|rival|neighbou?ring) (?:\\w+ )?(?:villages|communities|clans|groups)',
  ],
  ['MOB_VIOL', 1.5, 'revenge|beaten'],
];
