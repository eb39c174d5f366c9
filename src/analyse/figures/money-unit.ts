import { FIGURE_CURRENCY_NOUNS, FIGURE_DOLLAR_COUNTRIES } from '../../lang/en/figures-currencies.js';
import { NUMBER_SCALES } from '../../lang/en/figures-number-words.js';
import type { FigureUnit } from '../../model/figure-mention.js';
import type { Token } from '../../model/token.js';
import type { QuantityCore } from './quantity-core.js';

const COUNTRIES = new Set(FIGURE_DOLLAR_COUNTRIES);
const MONEY: ReadonlySet<FigureUnit> = new Set(['usd', 'other']);
/** "four billion", "2.5 million": a number that ends in a long scale word. */
const SCALED = new RegExp(
  `\\b(?:${Object.keys(NUMBER_SCALES)
    .filter((w) => w.length > 2 && NUMBER_SCALES[w]! >= 1_000_000)
    .join('|')})$`,
  'i',
);

/**
 * The money unit of a figure whose counted noun is a currency ("millions of dollars", "thousands of euros"):
 * `usd` for dollars unless a country word stands before them ("Canadian dollars"), `other` for any other
 * currency; null when the noun is no currency. `before` is the token before the noun.
 */
export const currencyNounUnit = (what: string | null, before: Token | undefined): FigureUnit | null => {
  const unit = what === null ? undefined : FIGURE_CURRENCY_NOUNS[what];
  if (unit === undefined) return null;
  return unit === 'usd' && before !== undefined && COUNTRIES.has(before.norm) ? 'other' : unit;
};

/**
 * "…$2 billion, on top of the four billion": a bare millions-or-more amount (no counted noun) in a sentence
 * that states money is money too, in the unit of the nearest money figure; null otherwise. Before a money
 * figure in parentheses ("5 billion ($5.8 billion)") it is the same sum in another currency: `other`. `cores`
 * are all the sentence's quantities, `text` the sentence.
 */
export const bareAmountUnit = (
  core: QuantityCore,
  cores: readonly QuantityCore[],
  text: string,
): FigureUnit | null => {
  if (core.unit !== null || core.kind === 'vague' || !SCALED.test(text.slice(core.numberStart, core.end)))
    return null;
  const distance = (c: QuantityCore) => Math.abs(c.start - core.start);
  const money = cores
    .filter((c) => c !== core && c.unit !== null && MONEY.has(c.unit))
    .sort((a, b) => distance(a) - distance(b));
  if (money.some((c) => c.start > core.end && /^\s*\(\s*$/.test(text.slice(core.end, c.start))))
    return 'other';
  return money[0]?.unit ?? null;
};

/**
 * What a sum in a currency other than US dollars counts, so the picture can tell francs from euros: the
 * currency word as written ("francs", "cfa francs"), or for a sign or code its name ("₦" naira, "KSh" kenyan
 * shilling); null when there is no currency. `key` is the currency's restatement key (currencyKey).
 */
export const currencyWhat = (currency: string | null, key: string | null): string | null => {
  if (currency === null) return key;
  const written = currency.trim().toLowerCase().replace(/\s+/g, ' ');
  return /\p{Ll}/u.test(currency) && /^[a-z][a-z ]{3,}$/.test(written) ? written : key;
};
