/**
 * The cross-document key of a name: lower case, no accents ("Sinn Féin" = "Sinn Fein"), straight apostrophes, no
 * leading "the", no possessive.
 */
export const entityKey = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/'s$/, '');
