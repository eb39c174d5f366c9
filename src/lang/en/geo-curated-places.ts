/**
 * Sub-city places (districts, neighbourhoods, landmarks) that the GeoNames city list lacks, for cities that
 * conflict news names often. `source` says how far each point can be trusted:
 * - 'geonames': the GeoNames feature (id in `geonamesId`), as carried by the GeoNames-based gold of the
 *   geoparsing corpora (Gritta et al. 2019); checked.
 * - 'wikipedia': transcribed from the Wikipedia article's infobox (CC BY-SA); not re-checked offline.
 * - 'estimate': a district centre placed from general knowledge of the city's layout, NOT checked against any
 *   gazetteer (none of the offline corpora or packages holds these districts); rounded to 0.01° so it claims
 *   no more than it knows, with `uncertaintyKm` saying how far off it may be. `basis` names the public
 *   reporting that places the district within its city (side of the city, neighbours), which the estimate
 *   agrees with; an estimate without `basis` rests on general knowledge alone. Replace with surveyed points
 *   (OpenStreetMap centroids) when available.
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
  readonly source: 'geonames' | 'wikipedia' | 'estimate';
  /** How far (km) the point may lie from the place: set for estimates. */
  readonly uncertaintyKm?: number;
  /** For estimates: the public descriptions of where the place lies that the point agrees with. */
  readonly basis?: string;
  readonly geonamesId?: number;
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
    lat: 36.2,
    lon: 37.16,
    country: 'SY',
    featureCode: 'CSTL',
    precision: 'point',
    within: ALEPPO,
    source: 'estimate',
    uncertaintyKm: 0.5,
  },
  district(
    'aleppo/hanano',
    'Hanano',
    ['Hananu', 'Hannano'],
    36.23,
    37.19,
    'SY',
    ALEPPO,
    'north-eastern Aleppo (Syrian state TV and SOHR reports, Nov 2016)',
  ),
  district(
    'aleppo/masaken-hanano',
    'Masaken Hanano',
    ['Masakin Hanano', 'Hanano Housing'],
    36.23,
    37.19,
    'SY',
    ALEPPO,
    'north-eastern Aleppo, the Hanano housing project (SOHR, BBC, Nov 2016)',
  ),
  district(
    'aleppo/sheikh-saeed',
    'Sheikh Saeed',
    ['Sheikh Said', 'Sheikh Saed', 'Shaykh Said'],
    36.17,
    37.17,
    'SY',
    ALEPPO,
    'south-eastern edge of Aleppo, south of the eastern districts (SOHR via AFP and Reuters, Dec 2016)',
  ),
  district(
    'aleppo/tariq-al-bab',
    'Tariq al-Bab',
    ['Tareeq al-Bab', 'Tariq al Bab', 'Bab Road'],
    36.21,
    37.19,
    'SY',
    ALEPPO,
    'north-east of the city, on the road to the airport (SOHR, 2016)',
  ),
  district(
    'aleppo/sakhour',
    'al-Sakhour',
    ['Sakhour', 'Sakhur', 'al-Sakhur'],
    36.22,
    37.19,
    'SY',
    ALEPPO,
    'northern part of the eastern districts (SOHR, Syrian state TV, Nov 2016)',
  ),
  district(
    'aleppo/shaar',
    'al-Shaar',
    ['Shaar', 'Shaer', 'al-Shaer'],
    36.21,
    37.18,
    'SY',
    ALEPPO,
    'central-eastern Aleppo, about 800 m from the citadel (SOHR via AP; Xinhua, Dec 2016)',
  ),
  district(
    'aleppo/bustan-al-qasr',
    'Bustan al-Qasr',
    ['Bustan al Qasr', 'Bustan al-Kasr'],
    36.2,
    37.14,
    'SY',
    ALEPPO,
    'south-west of the Old City, on the east-west front line (Syria Week map notes 2014; Le Figaro via Worldcrunch 2016)',
  ),
  district(
    'aleppo/salaheddin',
    'Salaheddin',
    ['Salah al-Din', 'Salaheddine', 'Salah ad-Din', 'Salahuddin'],
    36.19,
    37.13,
    'SY',
    ALEPPO,
    'west of the Old City, a crossing between the east and the west of the city (Xinhua 2016)',
  ),
  // Damascus
  district('damascus/jobar', 'Jobar', ['Jawbar'], 33.53, 36.33, 'SY', DAMASCUS),
  {
    slug: 'damascus/ghouta',
    name: 'Ghouta',
    alternateNames: ['Eastern Ghouta', 'East Ghouta', 'al-Ghouta', 'Al Ghutah'],
    lat: 33.527,
    lon: 36.389,
    country: 'SY',
    featureCode: 'RGN',
    precision: 'region',
    within: DAMASCUS,
    source: 'geonames',
    geonamesId: 173866,
  },
  // Homs
  district('homs/baba-amr', 'Baba Amr', ['Baba Amro'], 34.72, 36.69, 'SY', HOMS),
  district('homs/al-waer', 'al-Waer', ['Waer', 'al-Waar'], 34.74, 36.66, 'SY', HOMS),
  // Mosul
  {
    slug: 'mosul/airport',
    name: 'Mosul International Airport',
    alternateNames: ['Mosul airport'],
    lat: 36.31,
    lon: 43.15,
    country: 'IQ',
    featureCode: 'AIRP',
    precision: 'point',
    within: MOSUL,
    source: 'estimate',
    uncertaintyKm: 1,
  },
  // Kyiv
  {
    slug: 'kyiv/maidan',
    name: 'Maidan Nezalezhnosti',
    alternateNames: ['Independence Square', 'Maidan'],
    lat: 50.45,
    lon: 30.52,
    country: 'UA',
    featureCode: 'SQR',
    precision: 'point',
    within: KYIV,
    source: 'estimate',
    uncertaintyKm: 0.5,
  },
  // Gaza
  {
    slug: 'gaza/al-shifa-hospital',
    name: 'al-Shifa Hospital',
    alternateNames: ['Shifa Hospital', 'Al-Shifa hospital'],
    lat: 31.52,
    lon: 34.44,
    country: 'PS',
    featureCode: 'HSP',
    precision: 'point',
    within: GAZA,
    source: 'estimate',
    uncertaintyKm: 0.5,
  },
  district('gaza/shujaiya', 'Shujaiya', ["Shuja'iyya", 'Shejaiya', 'Shujaiyya'], 31.5, 34.48, 'PS', GAZA),
];

function district(
  slug: string,
  name: string,
  alternateNames: readonly string[],
  lat: number,
  lon: number,
  country: string,
  within: string,
  basis?: string,
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
    uncertaintyKm: 1.5,
    ...(basis === undefined ? {} : { basis }),
  };
}
