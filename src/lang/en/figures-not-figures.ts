import { COMPASS_POINTS } from './compass-points.js';

/** Words before a number that make it a label, not a count ("page 5", "Resolution 2254"). */
export const FIGURE_LABEL_WORDS: readonly string[] = [
  'page',
  'pages',
  'p.',
  'pp.',
  'article',
  'articles',
  'section',
  'chapter',
  'paragraph',
  'resolution',
  'no.',
  'number',
  'nos.',
  'route',
  'interstate',
  'highway',
  'road',
  'flight',
  'channel',
  'terminal',
  'exit',
  'pier',
  'runway',
  'hangar',
  'precinct',
  'studio',
  'room',
  'line',
  'platform',
  'gate',
  'verse',
  'item',
  'rule',
  'clause',
  'category',
  'grade',
  'class',
  'level',
  'phase',
  'tier',
  'version',
  'volume',
  'vol.',
  'issue',
  'episode',
  'season',
  'figure',
  'table',
  'division',
  'brigade',
  'battalion',
  'regiment',
  'unit',
  'apartment',
  'building',
  'block',
  'district',
  'zone',
  'sector',
  'tel',
  'tel.',
  'phone',
  'call',
  'fax',
  'ext.',
  'aged',
  'age',
  'ages',
  'no',
];

/** Words after a number that make it an age or a clock time, not a count. */
export const FIGURE_AGE_OR_CLOCK_AFTER: readonly string[] = [
  '-year-old',
  '-years-old',
  ' year-old',
  ' years old',
  ' year old',
  '-year old',
  '-years old',
  '-month-old',
  '-month old',
  ' months old',
  '-week-old',
  '-day-old',
  ' am',
  ' pm',
  'am',
  'pm',
  ' a.m.',
  ' p.m.',
  ' gmt',
  ' utc',
  ' local time',
  " o'clock",
  ' hours gmt',
  'th',
  'st',
  'nd',
  'rd',
];

/**
 * Words after a bare number that make it part of a street address, not a count: "the 5000 block of Elm
 * Avenue", "in the 100 block" (American police usage). Matched right after the digits, then a word boundary.
 */
export const FIGURE_ADDRESS_AFTER: readonly string[] = [' block', ' blk'];

/**
 * Words after a distance that make it say where something is, not how much of anything there is ("about 30km
 * south of Kirkuk", "6km from Daquq", "300m away"): such distances are not figures. A parenthesised restatement
 * between them ("30km (19 miles) south of") is skipped.
 */
export const FIGURE_LOCATIVE_AFTER: readonly string[] = [
  ...COMPASS_POINTS,
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'from',
  'away',
  'outside',
  'off',
  'inside',
  'beyond',
  'behind',
  'short of',
];

/**
 * Kin nouns whose "of" + number counts their children, not anyone the story measures ("a mother of two", "a
 * family of four").
 */
export const FIGURE_KIN_OF: readonly string[] = [
  'mother',
  'father',
  'parent',
  'mom',
  'mum',
  'dad',
  'grandmother',
  'grandfather',
  'grandparent',
  'family',
];

/** Nouns whose "of" + number is an age or a span of life, not a count ("died at the age of 94"). */
export const FIGURE_AGE_OF: readonly string[] = ['age'];

/**
 * Words before a year-shaped number (four digits, no comma) that make it name a year, not count, when what
 * follows is not people: "the 1994 deaths", "its 2016 elections". ("the 2000 residents" still counts.)
 */
export const FIGURE_YEAR_DETERMINERS: readonly string[] = [
  'the',
  'its',
  'his',
  'her',
  'their',
  'our',
  'this',
  'that',
  'last',
];

/**
 * Counted nouns that name happenings, one per person ("deaths"): a year before them dates them ("the 1994
 * deaths") as it dates any other noun, where a year-shaped number before people counts them ("the 2000 residents").
 */
export const FIGURE_HAPPENING_NOUNS: readonly string[] = ['deaths', 'casualties', 'fatalities'];

/** An age set off by commas ("Chiquita Henry, 19, of Alexandria") is at most this. */
export const FIGURE_MAX_AGE = 120;

/**
 * Capitalised words before a number that do not make it part of a name: sentence openers, determiners and
 * prepositions ("The 10 arrested were freed", "Only 12 survived", "In 1723"). Approximators and measure cues
 * ("Some 40", "Quake Kills 300") are read from their own lists.
 */
export const FIGURE_NAME_BREAK_WORDS: readonly string[] = [
  'the',
  'a',
  'an',
  'all',
  'only',
  'just',
  'another',
  'those',
  'these',
  'every',
  'each',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'of',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'to',
  'with',
  'and',
  'or',
  'but',
  'after',
  'before',
  'since',
  'until',
  'than',
  'if',
  'as',
  'when',
  'while',
  'then',
  'also',
  'now',
  'still',
  'least',
  'exactly',
];

/**
 * Words after a vague quantity that make it describe variety, not count anything the story measures
 * ("several different countries", "many various groups").
 */
export const FIGURE_VARIETY_WORDS: readonly string[] = ['different', 'various', 'diverse', 'assorted'];

/**
 * Second halves of a hyphenated number that still count ("a 500-strong force", "60-plus nations", "30-odd
 * men"); any other word glued after a number by a hyphen makes it a modifier ("a five-part series", "a 10-point
 * plan"), not a figure.
 */
export const FIGURE_COUNTING_COMPOUNDS: readonly string[] = ['strong', 'plus', 'odd'];

/** Words naming an exhibit of a document ("Figure 2 shows", "(Table)"): no place, and the number after them no figure. */
export const FIGURE_EXHIBIT_WORDS: readonly string[] = ['figure', 'fig.', 'table', 'chart', 'graph'];

/** Adjectives standing for people ("12 dead", "40 wounded"): a state of the people counted, not a counted noun. */
export const FIGURE_STATE_NOUNS: readonly string[] = ['dead', 'wounded', 'injured', 'displaced', 'missing'];

/** British spellings of counted nouns folded to one key with the American ("behaviours" → "behaviors"). */
export const FIGURE_SPELLING_FOLDS: Readonly<Record<string, string>> = {
  behaviour: 'behavior',
  behaviours: 'behaviors',
  neighbour: 'neighbor',
  neighbours: 'neighbors',
  labourer: 'laborer',
  labourers: 'laborers',
  harbour: 'harbor',
  harbours: 'harbors',
  colour: 'color',
  colours: 'colors',
  favour: 'favor',
  favours: 'favors',
  offence: 'offense',
  offences: 'offenses',
  programme: 'program',
  programmes: 'programs',
  centre: 'center',
  centres: 'centers',
  metre: 'meter',
  metres: 'meters',
  litre: 'liter',
  litres: 'liters',
  kilometre: 'kilometer',
  kilometres: 'kilometers',
  tyre: 'tire',
  tyres: 'tires',
  jewellery: 'jewelry',
  paediatrician: 'pediatrician',
  paediatricians: 'pediatricians',
  organisation: 'organization',
  organisations: 'organizations',
};
