/**
 * Streets whose names stand for their town in news, as finance, government, press or trade ("Wall Street",
 * "Downing Street", "Dalal Street"), to the GeoNames id of the town. Only streets that news outside the town
 * names by the bare street name, and whose name no other well-known place bears (New Orleans had its own
 * Champs-Élysées); a town's ordinary "Main Street" lies in the town the document is about.
 */
export const STREET_TOWNS: Readonly<Record<string, string>> = {
  // New York City.
  'Wall Street': 'geonames:5128581',
  'Wall St': 'geonames:5128581',
  Broadway: 'geonames:5128581',
  // Washington.
  'Pennsylvania Avenue': 'geonames:4140963',
  // London.
  'Downing Street': 'geonames:2643743',
  'Fleet Street': 'geonames:2643743',
  'Threadneedle Street': 'geonames:2643743',
  'Harley Street': 'geonames:2643743',
  // Mumbai.
  'Dalal Street': 'geonames:1275339',
  // New Orleans.
  'Bourbon Street': 'geonames:4335045',
};
