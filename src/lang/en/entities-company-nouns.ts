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
