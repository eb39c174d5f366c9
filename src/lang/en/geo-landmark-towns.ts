/**
 * Well-known landmarks and institutions whose names say nothing of where they are (or name a town with far
 * larger namesakes: Windsor, Ontario), to the GeoNames id of the town they stand in, as each one's Wikipedia
 * article gives its location. Only names that hold no place of their own: "Colorado State University" and
 * "Washington University in St. Louis" are placed by the place they name.
 */
export const LANDMARK_TOWNS: Readonly<Record<string, string>> = {
  // Landmarks (Windsor, Berkshire; London; Paris; New York City).
  'Windsor Castle': 'geonames:2633842',
  'Buckingham Palace': 'geonames:2643743',
  'Eiffel Tower': 'geonames:2988507',
  'Trump Tower': 'geonames:5128581',
  'Times Square': 'geonames:5128581',
  // Universities named after their founders or benefactors.
  'Harvard University': 'geonames:4931972',
  'Massachusetts Institute of Technology': 'geonames:4931972',
  'Yale University': 'geonames:4839366',
  'Princeton University': 'geonames:5102922',
  'Columbia University': 'geonames:5128581',
  'Cornell University': 'geonames:5122432',
  'Brown University': 'geonames:5224151',
  'Dartmouth College': 'geonames:5087168',
  'Stanford University': 'geonames:5398563',
  'California Institute of Technology': 'geonames:5381396',
  'Johns Hopkins University': 'geonames:4347778',
  'Duke University': 'geonames:4464368',
  'Northwestern University': 'geonames:4891382',
  'Vanderbilt University': 'geonames:4644585',
  'Emory University': 'geonames:4180439',
  'Rice University': 'geonames:4699066',
  'Georgetown University': 'geonames:4140963',
  'Carnegie Mellon University': 'geonames:5206379',
  'Tufts University': 'geonames:4943629',
  'Purdue University': 'geonames:4928096',
};
