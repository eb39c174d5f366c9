/**
 * Continents, oceans, seas and named regions wider than (or across) first-level regions, which the GeoNames
 * city and admin lists lack. `source`:
 * - 'geonames': the point of the GeoNames feature, as the GeoNames-based gold of the geoparsing corpora
 *   (Gritta et al. 2019) carries it; checked on the dev half of eval/geo.ts.
 * - 'estimate': the middle of the region placed from general knowledge (atlas reading), rounded to whole or half
 *   degrees; `uncertaintyKm` says how far the point may be from where another gazetteer puts it.
 * `country` is the ISO code when the region lies in one country, else ''.
 */
/** The feature codes of entries wider than a town that are neither countries nor administrative regions. */
export const WIDE_FEATURE_CODES = [
  'CONT',
  'RGN',
  'OCN',
  'SEA',
  'GULF',
  'PEN',
  'DSRT',
  'PLAT',
  'BSN',
  'STRT',
  'CNL',
  'LK',
  'STM',
  'MTS',
  'MT',
  'VAL',
  'GLCR',
] as const;

export interface WideRegion {
  /** `continent:europe`, `region:middle-east`, … */
  readonly id: string;
  readonly name: string;
  readonly alternateNames: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  /**
   * GeoNames feature code: CONT continent, RGN region, OCN ocean, SEA sea, GULF gulf, PEN peninsula; for the
   * natural features of geo-physical-features.ts also DSRT desert, PLAT plateau, BSN basin, STRT strait, CNL canal,
   * LK lake, STM river, MTS mountains, MT mountain, VAL valley, GLCR glacier.
   */
  readonly featureCode: (typeof WIDE_FEATURE_CODES)[number];
  readonly source: 'geonames' | 'estimate';
  readonly uncertaintyKm?: number;
}

const geonames = (
  id: string,
  name: string,
  alternateNames: readonly string[],
  lat: number,
  lon: number,
  featureCode: WideRegion['featureCode'],
): WideRegion => ({ id, name, alternateNames, lat, lon, country: '', featureCode, source: 'geonames' });

/** A region placed from general knowledge (no gazetteer row): its middle and how far it reaches. */
export const estimate = (
  id: string,
  name: string,
  alternateNames: readonly string[],
  [lat, lon]: readonly [number, number],
  uncertaintyKm: number,
  featureCode: WideRegion['featureCode'] = 'RGN',
  country = '',
): WideRegion => ({
  id,
  name,
  alternateNames,
  lat,
  lon,
  country,
  featureCode,
  source: 'estimate',
  uncertaintyKm,
});

export const WIDE_REGIONS: readonly WideRegion[] = [
  geonames('continent:europe', 'Europe', ['European Union', 'EU', 'E.U.'], 48.69, 9.14, 'CONT'),
  geonames('continent:africa', 'Africa', ['Sub-Saharan Africa'], 7.19, 21.09, 'CONT'),
  geonames('continent:asia', 'Asia', [], 29.84, 89.3, 'CONT'),
  geonames('continent:north-america', 'North America', [], 46.07, -100.55, 'CONT'),
  geonames('continent:south-america', 'South America', [], -14.6, -57.66, 'CONT'),
  geonames('continent:oceania', 'Oceania', [], -18.31, 138.52, 'CONT'),
  geonames('continent:antarctica', 'Antarctica', [], -78.16, 16.41, 'CONT'),
  geonames('region:middle-east', 'Middle East', ['Mideast', 'Mid-East'], 33.1, 35.9, 'RGN'),
  geonames('region:korean-peninsula', 'Korean Peninsula', [], 38.6, 127.6, 'PEN'),
  geonames('region:caribbean', 'Caribbean', ['Caribbean Sea', 'the Caribbean'], 15, -75, 'SEA'),
  geonames('region:atlantic', 'Atlantic Ocean', ['Atlantic'], 10, -25, 'OCN'),
  geonames('region:persian-gulf', 'Persian Gulf', ['Arabian Gulf', 'Gulf'], 27, 51, 'GULF'),
  geonames('region:gulf-of-mexico', 'Gulf of Mexico', [], 25, -90, 'GULF'),
  geonames('region:red-sea', 'Red Sea', [], 19, 39.5, 'SEA'),
  geonames('region:mediterranean', 'Mediterranean Sea', ['Mediterranean'], 35, 20, 'SEA'),
  geonames('region:siberia', 'Siberia', [], 60, 100, 'RGN'),
  geonames('region:appalachians', 'Appalachian Mountains', ['Appalachians', 'Appalachia'], 40, -78, 'RGN'),
  geonames('region:caucasus', 'Caucasus', ['Caucasus Mountains', 'the Caucasus'], 42, 45, 'RGN'),
  estimate('region:pacific', 'Pacific Ocean', ['Pacific'], [0, -160], 1500, 'OCN'),
  estimate('region:indian-ocean', 'Indian Ocean', [], [-20, 80], 1500, 'OCN'),
  estimate('region:arctic', 'Arctic', ['Arctic Ocean'], [85, 0], 1000, 'OCN'),
  estimate('region:black-sea', 'Black Sea', [], [43.5, 34], 200, 'SEA'),
  estimate('region:caspian-sea', 'Caspian Sea', ['Caspian'], [42, 50.5], 200, 'SEA'),
  estimate('region:baltic-sea', 'Baltic Sea', ['Baltic'], [58, 20], 300, 'SEA'),
  estimate('region:north-sea', 'North Sea', [], [56, 3], 200, 'SEA'),
  estimate('region:south-china-sea', 'South China Sea', [], [12, 113], 300, 'SEA'),
  estimate('region:latin-america', 'Latin America', [], [-14.6, -57.66], 1500),
  estimate('region:central-america', 'Central America', [], [12.8, -85.5], 400),
  estimate('region:balkans', 'Balkans', ['Balkan Peninsula', 'the Balkans'], [43, 21], 300),
  estimate('region:scandinavia', 'Scandinavia', [], [62, 14], 400),
  estimate('region:southeast-asia', 'Southeast Asia', ['South-East Asia', 'South East Asia'], [10, 110], 800),
  estimate('region:sahel', 'Sahel', [], [15, 5], 800),
  estimate('region:west-africa', 'West Africa', [], [12, -3], 1200),
  estimate('region:north-africa', 'North Africa', [], [28, 10], 1500),
  estimate('region:east-africa', 'East Africa', [], [2, 37], 1200),
  estimate('region:central-africa', 'Central Africa', [], [2, 20], 1000),
  estimate('region:southern-africa', 'Southern Africa', [], [-22, 25], 1000),
  estimate('region:maghreb', 'Maghreb', ['Maghrib'], [32, 3], 1000),
  estimate('region:azawad', 'Azawad', [], [19, -1], 400, 'RGN', 'ML'),
  estimate('region:horn-of-africa', 'Horn of Africa', [], [8, 45], 400),
  estimate('region:levant', 'Levant', [], [33.5, 36], 200),
  estimate('region:kurdistan', 'Kurdistan', ['Kurdistan Region', 'Iraqi Kurdistan'], [36.5, 44], 200),
  estimate('region:kashmir', 'Kashmir', [], [34.5, 75.5], 200),
  estimate('region:tibet', 'Tibet', [], [31.5, 88], 400, 'RGN', 'CN'),
  estimate('region:nile-delta', 'Nile Delta', [], [30.9, 31.2], 100, 'RGN', 'EG'),
  estimate('region:niger-delta', 'Niger Delta', [], [5, 6], 150, 'RGN', 'NG'),
  estimate('region:sinai', 'Sinai', ['Sinai Peninsula'], [29.5, 33.8], 100, 'PEN', 'EG'),
  estimate('region:golan-heights', 'Golan Heights', ['Golan'], [33, 35.75], 30),
  estimate('region:donbas', 'Donbas', ['Donbass'], [48, 38.5], 150, 'RGN', 'UA'),
  estimate('region:south-ossetia', 'South Ossetia', [], [42.35, 44], 40, 'RGN', 'GE'),
  estimate('region:abkhazia', 'Abkhazia', [], [43, 41], 60, 'RGN', 'GE'),
  estimate('region:darfur', 'Darfur', [], [13.5, 24.5], 300, 'RGN', 'SD'),
  estimate('region:sumatra', 'Sumatra', [], [-0.5, 101.5], 300, 'RGN', 'ID'),
  estimate('region:java', 'Java', [], [-7.3, 110], 250, 'RGN', 'ID'),
  estimate('region:borneo', 'Borneo', [], [1, 114], 400),
  estimate('region:mindanao', 'Mindanao', [], [7.8, 124.8], 200, 'RGN', 'PH'),
  estimate('region:luzon', 'Luzon', [], [16, 121], 250, 'RGN', 'PH'),
];
