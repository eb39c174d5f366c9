import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { gazetteerEntry, lookupPlace } from '../../geo/lookup-place.js';
import { normalizePlaceName, placeNameKeys } from '../../geo/normalize-place-name.js';
import { DEMONYMS } from '../../lang/en/entities-demonyms.js';
import { CASED_ALIASES, CITY_ALIASES } from '../../lang/en/geo-aliases.js';
import { DEMONYM_PLURALS, GEO_DEMONYMS } from '../../lang/en/geo-demonyms.js';
import {
  NAME_DIRECTION_PREFIXES,
  NAME_KIND_SUFFIXES,
  NAME_PREFIXES_TO_DROP,
  NOT_PLACE_NAMES,
} from '../../lang/en/geo-name-words.js';
import { STREET_HEADS } from '../../lang/en/geo-place-cues.js';

const NOT_PLACE = new Set(NOT_PLACE_NAMES);
/** The town each curated city alias names, by normalised alias ("dc" → Washington). */
const CITY_ALIAS_IDS = new Map(Object.entries(CITY_ALIASES).map(([k, id]) => [normalizePlaceName(k), id]));
/** Towns smaller than this are not taken for a name after a dropped prefix ("West Wing" is not Wing). */
const PREFIXED_MIN_POPULATION = 20_000;
const PREFIXES = [...NAME_PREFIXES_TO_DROP, ...NAME_DIRECTION_PREFIXES].map((p) => `${p} `);

/** Whether a name is a word that names a place only by accident ("the West", "State"). */
export const isAccidentalPlaceName = (name: string): boolean => NOT_PLACE.has(normalizePlaceName(name));

/** The gazetteer id a demonym or adjective of place stands for ("Turkish", "Palestinians", "European"). */
const demonymId = (norm: string): string | null => {
  const singular = DEMONYM_PLURALS[norm] ?? (norm.endsWith('s') ? norm.slice(0, -1) : norm);
  for (const w of [norm, singular]) {
    const id = GEO_DEMONYMS[w] ?? (DEMONYMS[w] ? `iso:${DEMONYMS[w]}` : undefined);
    if (id !== undefined) return id;
  }
  return null;
};

/**
 * Whether a name is only a demonym or adjective of place ("Canadian", "Turkish", "Palestinians"): it says whose
 * something is, and is no place itself, unless it is also the name of the place it stands for ("Caribbean").
 */
export const isDemonymName = (name: string): boolean => {
  const id = demonymId(normalizePlaceName(name));
  return id !== null && !lookupPlace(name).some((e) => e.id === id);
};

const isRegionOrCountry = (e: GazetteerEntry): boolean =>
  e.precision === 'country' || e.featureCode === 'ADM1' || e.featureCode === 'CONT';
const KIND: Readonly<Record<string, (e: GazetteerEntry) => boolean>> = {
  town: (e) => e.precision === 'city',
  region: (e) => e.featureCode === 'ADM1',
  county: (e) => e.featureCode === 'ADM2',
  any: () => true,
};

const ACRONYM_KINDS = new Set(['PCLI', 'ADM1', 'CONT', 'RGN']);
/** Whether an acronym may stand for an entry: a country, region or curated alias, not a town or county. */
const acronymMay = (e: GazetteerEntry, norm: string): boolean =>
  ACRONYM_KINDS.has(e.featureCode) || CITY_ALIAS_IDS.get(norm) === e.id;

/** Below this, a town matched by an alternate name gives way to any place bearing the name as its own. */
const ALTERNATE_MIN_POPULATION = 20_000;
/**
 * When some place bears the name as its own (or as its curated alias: "Geneva" for Genève), drops the towns the
 * name matches only through one of their alternate names (often a former name: "Reading" for Wakefield,
 * Massachusetts; "Minn" for Minden beside Minnesota's "Minn."), unless no region or country bears it and they
 * are larger than ALTERNATE_MIN_POPULATION and than every town bearing it ("Bombay" for Mumbai beside the
 * village of Bombay, New York).
 */
const preferPrimaryNames = (name: string, found: readonly GazetteerEntry[]): readonly GazetteerEntry[] => {
  const own = found.filter((e) => isOwnName(e, name));
  if (own.length === 0) return found;
  if (own.some((e) => e.precision !== 'city')) return own;
  let largest = ALTERNATE_MIN_POPULATION;
  for (const e of own) largest = Math.max(largest, e.population);
  return found.filter((e) => own.includes(e) || e.population > largest);
};

/** Whether `name` is an entry's own name or curated alias (always so for entries other than GeoNames towns). */
const isOwnName = (e: GazetteerEntry, name: string): boolean => {
  if (e.precision !== 'city' || !e.id.startsWith('geonames:')) return true;
  const keys = placeNameKeys(name);
  if (keys.some((k) => CITY_ALIAS_IDS.get(k) === e.id)) return true;
  return placeNameKeys(e.name).some((k) => keys.includes(k));
};

const STREET = new Set(STREET_HEADS);
/**
 * A name ending in a word for a street or square ("Washington Square") is a town's only as its own name: a
 * town's alternate name of that form is a square or district of another town (Franklin Square, New York).
 */
const ownOnlyIfStreet = (norm: string, name: string, found: readonly GazetteerEntry[]) => {
  const words = norm.split(' ');
  if (words.length < 2 || !STREET.has(words.at(-1)!)) return found;
  return found.filter((e) => isOwnName(e, name));
};

/** The entries for a name that says its kind in its last word ("Quebec City"), of that kind if any. */
const withoutKindWord = (norm: string): readonly GazetteerEntry[] => {
  const cut = norm.lastIndexOf(' ');
  const kind = cut > 0 ? NAME_KIND_SUFFIXES[norm.slice(cut + 1)] : undefined;
  if (kind === undefined) return [];
  const found = lookupPlace(norm.slice(0, cut));
  const ofKind = found.filter(KIND[kind]!);
  return ofKind.length > 0 ? ofKind : found;
};

/**
 * The first- and second-level regions of a name's bare form when its last word says it is an area of no fixed
 * level ("Karak district": Jordan's Karak governorate, beside the Pakistani district filed as "Karak District"),
 * else [].
 */
export const bareNameAreas = (name: string): readonly GazetteerEntry[] => {
  const norm = normalizePlaceName(name);
  const cut = norm.lastIndexOf(' ');
  if (cut <= 0 || NAME_KIND_SUFFIXES[norm.slice(cut + 1)] !== 'any') return [];
  return lookupPlace(norm.slice(0, cut)).filter((e) => e.featureCode === 'ADM1' || e.featureCode === 'ADM2');
};

/**
 * Every gazetteer entry a place mention's text may denote: the place of an abbreviation written as it is
 * only in capitals ("ACT", see CASED_ALIASES), a demonym's place ("Turkish" troops stand for
 * Turkey, not a town of that name), else the gazetteer's entries for the name, else for the name without a
 * possessive ("Canada's"), a word saying its kind ("Quebec City"), or a leading "the"/"Republic of"/"North";
 * the people of a region ("Minnesotans"). [] for words that are places only by accident ("the West") and for
 * unknown names. A name of up to three capitals ("CHU") is taken for an acronym: it matches no town or
 * county, only curated aliases ("DC"), first-level regions, countries and wider regions.
 */
export const placeCandidates = (name: string): readonly GazetteerEntry[] => {
  const norm = normalizePlaceName(name);
  if (NOT_PLACE.has(norm)) return [];
  const cased = CASED_ALIASES[name] === undefined ? null : gazetteerEntry(CASED_ALIASES[name]);
  if (cased) return [cased];
  const demonym = demonymId(norm);
  const entry = demonym === null ? null : gazetteerEntry(demonym);
  if (entry) return [entry];
  // "Canada's": the possessive of a known name, unless the name with its "s" is a place's own name.
  const bare = name.replace(/['’]s$/, '');
  if (bare !== name && !lookupPlace(name).some((e) => isOwnName(e, name))) {
    const owner = placeCandidates(bare);
    if (owner.length > 0) return owner;
  }
  const found = ownOnlyIfStreet(norm, name, preferPrimaryNames(name, lookupPlace(name)));
  if (/^[A-Z]{2,3}$/.test(name)) return found.filter((e) => acronymMay(e, norm));
  if (found.length > 0) return found;
  // "Minnesotans", "Californian": the people of a region or country whose name ends in -a.
  const people = /^(.*a)ns?$/.exec(norm)?.[1];
  const region = people === undefined ? [] : lookupPlace(people).filter(isRegionOrCountry);
  if (region.length > 0) return region;
  const kinded = withoutKindWord(norm);
  if (kinded.length > 0) return kinded;
  const prefix = PREFIXES.find((p) => norm.startsWith(p));
  if (prefix === undefined) return [];
  // "West Wing", "South Side": a direction before a village's name is not that village.
  const rest = norm.slice(prefix.length);
  return preferPrimaryNames(rest, lookupPlace(rest)).filter(
    (e) => e.precision !== 'city' || e.population >= PREFIXED_MIN_POPULATION,
  );
};
