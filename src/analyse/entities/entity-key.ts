/** The cross-document key of a name: lower case, straight apostrophes, no leading "the", no possessive. */
export const entityKey = (name: string): string =>
  name
    .normalize('NFC')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/'s$/, '');
