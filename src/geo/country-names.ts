import { createRequire } from 'node:module';

interface CountryNames {
  getNames(lang: string, opts: { select: 'all' }): Record<string, readonly string[]>;
}

const require = createRequire(import.meta.url);
let names: ReadonlySet<string> | null = null;

/**
 * Whether a lower-case name is a country's English name (any of the names the i18n-iso-countries package gives
 * it: "syria", "syrian arab republic", "ivory coast", "côte d'ivoire"). The list is read once, on first use.
 */
export const isCountryName = (key: string): boolean => {
  if (names === null) {
    const countries = require('i18n-iso-countries') as CountryNames;
    names = new Set(
      Object.values(countries.getNames('en', { select: 'all' }))
        .flat()
        .map((n) => n.toLowerCase()),
    );
  }
  return names.has(key);
};
