/**
 * Sub-city places (districts, neighbourhoods, landmarks) that the GeoNames city list lacks, for cities that
 * conflict news names often. Coordinates:
 * - source 'wikipedia': the article's infobox coordinates (Wikipedia, CC BY-SA), to the stated seconds.
 * - source 'estimate': an approximate district centre placed from general knowledge of the city's layout
 *   (east/north-east Aleppo etc.), NOT yet checked point by point against OpenStreetMap or GeoNames; expect
 *   errors up to ~1.5 km. Replace with surveyed points (OSM node/relation centroids) when available.
 * `within` is the GeoNames id of the city the place lies in.
 */
export interface CuratedPlace {
  readonly slug: string;
  readonly name: string;
  readonly alternateNames: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  /** GeoNames feature code: PPLX section of a populated place, AIRP airport, CSTL castle, RGN region. */
  readonly featureCode: 'PPLX' | 'AIRP' | 'CSTL' | 'RGN' | 'HSP' | 'SQR';
  readonly precision: 'district' | 'point' | 'region';
  readonly within: string;
  readonly source: 'wikipedia' | 'estimate';
}

const ALEPPO = 'geonames:170063';
const DAMASCUS = 'geonames:170654';
const MOSUL = 'geonames:99072';
const HOMS = 'geonames:169577';
const KYIV = 'geonames:703448';
const GAZA = 'geonames:281133';

export const CURATED_PLACES: readonly CuratedPlace[] = [
  // Aleppo
  {
    slug: 'aleppo/sheikh-maqsoud',
    name: 'Sheikh Maqsoud',
    alternateNames: ['Sheikh Maqsood', 'Sheikh Maksoud', 'Sheikh Maqsud', 'Shaykh Maqsud'],
    lat: 36.23611,
    lon: 37.15167,
    country: 'SY',
    featureCode: 'PPLX',
    precision: 'district',
    within: ALEPPO,
    source: 'wikipedia',
  },
  {
    slug: 'aleppo/airport',
    name: 'Aleppo International Airport',
    alternateNames: ['Aleppo airport', 'Aleppo international airport', 'Nayrab airbase', 'Nairab airport'],
    lat: 36.18056,
    lon: 37.22417,
    country: 'SY',
    featureCode: 'AIRP',
    precision: 'point',
    within: ALEPPO,
    source: 'wikipedia',
  },
  {
    slug: 'aleppo/citadel',
    name: 'Citadel of Aleppo',
    alternateNames: ['Aleppo Citadel'],
    lat: 36.19944,
    lon: 37.16222,
    country: 'SY',
    featureCode: 'CSTL',
    precision: 'point',
    within: ALEPPO,
    source: 'estimate',
  },
  district('aleppo/hanano', 'Hanano', ['Hananu', 'Hannano'], 36.226, 37.19, 'SY', ALEPPO),
  district(
    'aleppo/masaken-hanano',
    'Masaken Hanano',
    ['Masakin Hanano', 'Hanano Housing'],
    36.229,
    37.186,
    'SY',
    ALEPPO,
  ),
  district(
    'aleppo/sheikh-saeed',
    'Sheikh Saeed',
    ['Sheikh Said', 'Sheikh Saed', 'Shaykh Said'],
    36.168,
    37.175,
    'SY',
    ALEPPO,
  ),
  district(
    'aleppo/tariq-al-bab',
    'Tariq al-Bab',
    ['Tareeq al-Bab', 'Tariq al Bab', 'Bab Road'],
    36.207,
    37.194,
    'SY',
    ALEPPO,
  ),
  district(
    'aleppo/sakhour',
    'al-Sakhour',
    ['Sakhour', 'Sakhur', 'al-Sakhur', 'Sakhour'],
    36.216,
    37.187,
    'SY',
    ALEPPO,
  ),
  district('aleppo/shaar', 'al-Shaar', ['Shaar', 'Shaer', 'al-Shaer'], 36.207, 37.18, 'SY', ALEPPO),
  district(
    'aleppo/bustan-al-qasr',
    'Bustan al-Qasr',
    ['Bustan al Qasr', 'Bustan al-Kasr'],
    36.196,
    37.142,
    'SY',
    ALEPPO,
  ),
  district(
    'aleppo/salaheddin',
    'Salaheddin',
    ['Salah al-Din', 'Salaheddine', 'Salah ad-Din', 'Salahuddin'],
    36.188,
    37.127,
    'SY',
    ALEPPO,
  ),
  // Damascus
  district('damascus/jobar', 'Jobar', ['Jawbar'], 33.53, 36.333, 'SY', DAMASCUS),
  {
    slug: 'damascus/eastern-ghouta',
    name: 'Eastern Ghouta',
    alternateNames: ['East Ghouta', 'Ghouta'],
    lat: 33.55,
    lon: 36.43,
    country: 'SY',
    featureCode: 'RGN',
    precision: 'region',
    within: DAMASCUS,
    source: 'estimate',
  },
  // Homs
  district('homs/baba-amr', 'Baba Amr', ['Baba Amro'], 34.716, 36.694, 'SY', HOMS),
  district('homs/al-waer', 'al-Waer', ['Waer', 'al-Waar'], 34.74, 36.665, 'SY', HOMS),
  // Mosul
  {
    slug: 'mosul/airport',
    name: 'Mosul International Airport',
    alternateNames: ['Mosul airport'],
    lat: 36.30583,
    lon: 43.1475,
    country: 'IQ',
    featureCode: 'AIRP',
    precision: 'point',
    within: MOSUL,
    source: 'estimate',
  },
  // Kyiv
  {
    slug: 'kyiv/maidan',
    name: 'Maidan Nezalezhnosti',
    alternateNames: ['Independence Square', 'Maidan'],
    lat: 50.45,
    lon: 30.52417,
    country: 'UA',
    featureCode: 'SQR',
    precision: 'point',
    within: KYIV,
    source: 'estimate',
  },
  // Gaza
  {
    slug: 'gaza/al-shifa-hospital',
    name: 'al-Shifa Hospital',
    alternateNames: ['Shifa Hospital', 'Al-Shifa hospital'],
    lat: 31.5236,
    lon: 34.4437,
    country: 'PS',
    featureCode: 'HSP',
    precision: 'point',
    within: GAZA,
    source: 'estimate',
  },
  district('gaza/shujaiya', 'Shujaiya', ["Shuja'iyya", 'Shejaiya', 'Shujaiyya'], 31.503, 34.478, 'PS', GAZA),
];

function district(
  slug: string,
  name: string,
  alternateNames: readonly string[],
  lat: number,
  lon: number,
  country: string,
  within: string,
): CuratedPlace {
  return {
    slug,
    name,
    alternateNames,
    lat,
    lon,
    country,
    featureCode: 'PPLX',
    precision: 'district',
    within,
    source: 'estimate',
  };
}
