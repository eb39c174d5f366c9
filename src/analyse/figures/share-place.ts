import { isCountryName } from '../../geo/country-names.js';
import { COUNTRY_NAME_VARIANTS, FOCUS_COUNTRY_NAMES } from '../../lang/en/entities-demonyms.js';
import { FIGURE_COUNTRY_NOUNS } from '../../lang/en/figures-territory-nouns.js';
import { COUNTRY_ALIASES } from '../../lang/en/geo-aliases.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { MentionId } from '../../model/ids.js';
import type { Span } from '../../model/span.js';
import type { Token } from '../../model/token.js';

const COUNTRY_NOUNS = new Set(FIGURE_COUNTRY_NOUNS);
const COUNTRY_KEYS = new Set([
  ...Object.keys(FOCUS_COUNTRY_NAMES),
  ...Object.keys(COUNTRY_NAME_VARIANTS),
  ...Object.keys(COUNTRY_ALIASES).map((k) => k.toLowerCase()),
]);

const isCountry = (e: EntityMention): boolean =>
  e.type === 'place' && (COUNTRY_KEYS.has(e.key) || isCountryName(e.key));

/**
 * The country a report is about: the country name it mentions most (the first of a tie), as its mentions; empty
 * when it names no known country.
 */
export const focusCountry = (entities: readonly EntityMention[]): readonly EntityMention[] => {
  const byKey = new Map<string, EntityMention[]>();
  for (const e of entities) if (isCountry(e)) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
  let best: EntityMention[] = [];
  for (const mentions of byKey.values()) if (mentions.length > best.length) best = mentions;
  return best;
};

/** The mention nearest to `at`, one before it first. */
const nearest = (mentions: readonly EntityMention[], at: Span): EntityMention | undefined =>
  [...mentions].filter((e) => e.span.end <= at.start).at(-1) ?? mentions.find((e) => e.span.start >= at.end);

/** "parts of the city", "the outskirts of Aleppo": the place an "of" right after the whole's head names. */
const OF_PLACE = /^\s+of\s+(?:the\s+)?$/i;

/**
 * The place a share of ground is a share of, from its whole ("half of the nation", "40 percent of Syria's
 * territory", "a third of eastern Aleppo", "60 percent of eastern parts of the city"), not a town named later in
 * the sentence ("…, taking Gao and Kidal"): for a whole that is a country noun, the report's country
 * (focusCountry, its mention nearest the figure) or a country named in the phrase; else the last place named in
 * the phrase up to the head or right after it and "of"; `undefined` when the phrase names none (the caller then
 * looks before the figure only); null when a country noun finds no country. `share` is the figure's span, `head`
 * the whole's head (territoryHead), `country` the focus mentions, `text` the report's text.
 */
export const sharePlace = (
  share: Span,
  head: Token,
  entities: readonly EntityMention[],
  country: readonly EntityMention[],
  text: string,
): MentionId | null | undefined => {
  const inPhrase = entities
    .filter(
      (e) =>
        e.type === 'place' &&
        e.span.start >= share.end &&
        (e.span.end <= head.span.end ||
          (e.span.start >= head.span.end && OF_PLACE.test(text.slice(head.span.end, e.span.start)))),
    )
    .sort((a, b) => a.span.start - b.span.start);
  if (COUNTRY_NOUNS.has(head.norm)) {
    const named = inPhrase.filter(isCountry).at(-1) ?? nearest(country, share);
    return named?.id ?? null;
  }
  return inPhrase.at(-1)?.id;
};
