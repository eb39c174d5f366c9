import { namePartVariant } from '../../analyse/entities/name-variant.js';
import { GIVEN_NAME_SHORT_FORMS } from '../../lang/en/entities-short-names.js';

/** Short form → its one full given name; short forms of several names (but spellings of one) are left out. */
const FULL = new Map(
  Object.entries(GIVEN_NAME_SHORT_FORMS).flatMap(([short, fulls]) =>
    new Set(fulls.map(namePartVariant)).size === 1 ? [[short, fulls[0]!] as const] : [],
  ),
);

/**
 * A person's key with a short given name written in full, the family name kept as it is: "andy smith" →
 * "andrew smith", "bill de blasio" → "william de blasio". Keys of one word, and short forms that stand for
 * several names ("chris", "alex"), stay as they are.
 */
export const fullGivenName = (key: string): string => {
  const space = key.indexOf(' ');
  if (space < 0) return key;
  const full = FULL.get(key.slice(0, space));
  return full === undefined ? key : full + key.slice(space);
};
