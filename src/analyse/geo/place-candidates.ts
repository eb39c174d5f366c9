import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { gazetteerEntry, lookupPlace } from '../../geo/lookup-place.js';
import { normalizePlaceName } from '../../geo/normalize-place-name.js';
import { DEMONYMS } from '../../lang/en/entities-demonyms.js';
import { DEMONYM_PLURALS, GEO_DEMONYMS } from '../../lang/en/geo-demonyms.js';
import {
  NAME_DIRECTION_PREFIXES,
  NAME_KIND_SUFFIXES,
  NAME_PREFIXES_TO_DROP,
  NOT_PLACE_NAMES,
} from '../../lang/en/geo-name-words.js';

const NOT_PLACE = new Set(NOT_PLACE_NAMES);
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

const isRegionOrCountry = (e: GazetteerEntry): boolean =>
  e.precision === 'country' || e.featureCode === 'ADM1' || e.featureCode === 'CONT';
const KIND: Readonly<Record<string, (e: GazetteerEntry) => boolean>> = {
  town: (e) => e.precision === 'city',
  region: (e) => e.featureCode === 'ADM1',
  county: (e) => e.featureCode === 'ADM2',
  any: () => true,
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
 * Every gazetteer entry a place mention's text may denote: a demonym's place ("Turkish" troops stand for
 * Turkey, not a town of that name), else the gazetteer's entries for the name, else for the name without a
 * possessive ("Canada's"), a word saying its kind ("Quebec City"), or a leading "the"/"Republic of"/"North";
 * the people of a region ("Minnesotans"). [] for words that are places only by accident ("the West") and for
 * unknown names. A name of up to three capitals ("CHU") is taken for an acronym: it matches no town of that
 * name, only aliases ("DC") and regions or countries.
 */
export const placeCandidates = (name: string): readonly GazetteerEntry[] => {
  const norm = normalizePlaceName(name);
  if (NOT_PLACE.has(norm)) return [];
  const demonym = demonymId(norm);
  const entry = demonym === null ? null : gazetteerEntry(demonym);
  if (entry) return [entry];
  const found = lookupPlace(name);
  if (/^[A-Z]{2,3}$/.test(name))
    return found.filter((e) => e.precision !== 'city' || normalizePlaceName(e.name) !== norm);
  if (found.length > 0) return found;
  // "Minnesotans", "Californian": the people of a region or country whose name ends in -a.
  const people = /^(.*a)ns?$/.exec(norm)?.[1];
  const region = people === undefined ? [] : lookupPlace(people).filter(isRegionOrCountry);
  if (region.length > 0) return region;
  const bare = name.replace(/['’]s$/, '');
  if (bare !== name) return placeCandidates(bare);
  const kinded = withoutKindWord(norm);
  if (kinded.length > 0) return kinded;
  const prefix = PREFIXES.find((p) => norm.startsWith(p));
  return prefix === undefined ? [] : lookupPlace(norm.slice(prefix.length));
};
