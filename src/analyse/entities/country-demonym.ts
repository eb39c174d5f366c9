import { DEMONYMS } from '../../lang/en/entities-demonyms.js';

let byCountry: Map<string, string> | null = null;

/** The main demonym of a country (ISO 3166-1 alpha-2): the first listed for it ("SY" → "syrian"); else null. */
export const countryDemonym = (code: string): string | null => {
  byCountry ??= new Map(
    Object.entries(DEMONYMS)
      .map(([d, c]) => [c, d] as const)
      .reverse(),
  );
  return byCountry.get(code) ?? null;
};
