/** Words that keep a claim at a distance; kept as spans on the attribution they sit in or beside. */
export const ATTRIBUTION_HEDGES: ReadonlySet<string> = new Set([
  'reportedly',
  'allegedly',
  'purportedly',
  'apparently',
  'claimed',
  'claims',
  'alleged',
  'unclear',
  'unconfirmed',
  'unverified',
  'supposedly',
]);
