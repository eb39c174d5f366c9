/**
 * Lower-case nouns right after a name that only a company or a publication has: "Rosneft shares", "Humor
 * magazine". A cue that the name is an organisation, not a person or place.
 */
export const COMPANY_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'shares',
  'stock',
  'stocks',
  'shareholders',
  'stockholders',
  'shareholder',
  'subsidiary',
  'subsidiaries',
  'executives',
  'employees',
  'magazine',
  'newspaper',
]);

/**
 * Lower-case nouns right before a name that make it a company's: "the oil firm Rosneft", "carmaker Volvo". A cue
 * that the name is an organisation, not a person.
 */
export const COMPANY_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'firm',
  'company',
  'giant',
  'carmaker',
  'automaker',
  'retailer',
  'insurer',
  'lender',
  'conglomerate',
  'airline',
  'carrier',
  'supermarket',
  'brewer',
]);

/**
 * Plural lower-case nouns for companies that open a list of names: "carmakers (Ford, GM, Toyota)", "insurers
 * such as Allstate and Geico". A cue that every name of the list is an organisation.
 */
export const COMPANY_LIST_NOUNS: ReadonlySet<string> = new Set([
  'companies',
  'firms',
  'carmakers',
  'automakers',
  'retailers',
  'insurers',
  'lenders',
  'airlines',
  'restaurants',
  'chains',
  'brands',
  'banks',
  'advertisers',
  'sponsors',
  'manufacturers',
  'brewers',
  'supermarkets',
]);

/** Words between a company noun and its list: "carmakers (", "firms such as", "insurers including". */
export const COMPANY_LIST_OPENERS: readonly (readonly string[])[] = [
  ['('],
  ['such', 'as'],
  ['including'],
  ['like'],
];
