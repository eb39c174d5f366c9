import { lookupPlace } from '../../geo/lookup-place.js';
import { normalizePlaceName } from '../../geo/normalize-place-name.js';
import {
  COUNTY_CUES_AFTER,
  DISTRICT_CUES_AFTER,
  IN_TOWN_HEADS,
  JOINT_STREET_CUES_AFTER,
  REGION_CUES_AFTER,
  SETTLEMENT_CUES_AFTER,
  STREET_CUES_AFTER,
  TEAM_CUES_BEFORE,
} from '../../lang/en/geo-place-cues.js';
import type { MentionInfo, PlaceCue } from './candidate-features.js';
import { isDateline } from './dateline.js';
import { leagueHomes } from './league-homes.js';

const IN_TOWN = new Set(IN_TOWN_HEADS);
const TEAM_BEFORE = new Set(TEAM_CUES_BEFORE);
/** Whether a name is a building's or site's "X of Y" ("Embassy of Armenia", "Mall of Asia", "University of Kent"). */
const headOf = (words: readonly string[]): boolean => {
  const of = words.indexOf('of');
  return of > 0 && of < words.length - 1 && IN_TOWN.has(words[of - 1]!);
};
/** Whether the word before a mention makes it a sports team's ("against Louisville"). */
const teamCueBefore = (text: string, start: number): boolean => {
  const word = /(\S+)\s+(?:the\s+)?$/.exec(text.slice(Math.max(0, start - 24), start))?.[1] ?? '';
  return TEAM_BEFORE.has(word.toLowerCase());
};
const CUES: readonly (readonly [Set<string>, PlaceCue])[] = [
  [new Set(REGION_CUES_AFTER), 'region'],
  [new Set(COUNTY_CUES_AFTER), 'county'],
  [new Set(DISTRICT_CUES_AFTER), 'district'],
  [new Set(SETTLEMENT_CUES_AFTER), 'settlement'],
  [new Set(STREET_CUES_AFTER), 'street'],
];
/** " and Dauphine streets", "/Franklin intersection" after a name: the first of two streets named together. */
const SECOND_STREET = new RegExp(
  `^(?:\\s+(?:and|&)\\s+|\\s*/\\s*)\\p{Lu}[\\p{L}'’-]*\\s+(?:${JOINT_STREET_CUES_AFTER.join('|')})\\b`,
  'u',
);
/**
 * " and St Seachnails Church" after a name: the first of two names sharing the head word of a street, building
 * or site ("St Patrick's and St Seachnails Church"), not of a district.
 */
const BUILDING_HEADS = IN_TOWN_HEADS.filter((w) => !DISTRICT_CUES_AFTER.includes(w)).map(
  (w) => w[0]!.toUpperCase() + w.slice(1),
);
const SHARED_HEAD = new RegExp(
  `^\\s+(?:and|&)\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:${BUILDING_HEADS.join('|')})\\b`,
  'u',
);
/** A comma right before a name: it is an item of a list. */
const LIST_ITEM = /,\s*$/;
/** Another name after the one following a comma ("Siaya, Kisii, Wajir"): a list, not a town and its region. */
const LIST_GOES_ON = /^(?:,\s*|\s+and\s+)\p{Lu}/u;
/** ", Tenn." / ", Texas" / " (Ky.)" right after a name: the region or country it lies in. */
const CONTAINER = /^(?:,\s*|\s+\()((?:[A-Z][\p{L}'’-]*\.?)(?:\s+[A-Z][\p{L}'’-]*\.?){0,2})/u;

/** A street word written as part of a name ("Avenue"): every STREET_CUES_AFTER word but "intersection". */
const STREET_WORD = new RegExp(
  `^ (${STREET_CUES_AFTER.filter((w) => w !== 'intersection')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('|')})(?![\\p{L}\\d])`,
  'u',
);
/**
 * The street word right after a mention that is part of the street's name ("[Pennsylvania] Avenue", "[Wall]
 * Street" when only the first word was taken for a place), or null.
 */
export const streetWordAfter = (text: string, end: number): string | null =>
  STREET_WORD.exec(text.slice(end, end + 16))?.[1] ?? null;

const cueAfter = (text: string, end: number): PlaceCue => {
  const after = text.slice(end, end + 60);
  if (SECOND_STREET.test(after) || SHARED_HEAD.test(after) || streetWordAfter(text, end)) return 'street';
  const word = /^\s+([a-z]+)/.exec(text.slice(end, end + 24))?.[1] ?? '';
  return CUES.find(([words]) => words.has(word))?.[1] ?? null;
};

/**
 * The regions and countries named by the longest run of the capitalised words after a name; `whole` when the
 * run is all those words and names a first-level region or country, and no list goes on after it ("Camp Murray,
 * Wash." but not "Madinaty, Liverpool", "North Ossetian, South Ossetian" nor "Siaya, Kisii, Wajir").
 */
const containersAfter = (text: string, end: number): { ids: string[]; whole: string[] } => {
  const m = CONTAINER.exec(text.slice(end, end + 40));
  if (!m) return { ids: [], whole: [] };
  const words = m[1]!.split(/\s+/);
  for (let n = words.length; n > 0; n -= 1) {
    const found = lookupPlace(words.slice(0, n).join(' ')).filter(
      (e) => e.precision === 'country' || e.featureCode === 'ADM1' || e.featureCode === 'ADM2',
    );
    if (found.length === 0) continue;
    const wide = found.filter((e) => e.featureCode !== 'ADM2');
    const listGoesOn = LIST_GOES_ON.test(text.slice(end + m[0].length, end + m[0].length + 12));
    // The run ends the words, or a sentence ("Camp Murray, Wash. Troops …").
    const all = n === words.length || words[n - 1]!.endsWith('.');
    return { ids: found.map((e) => e.id), whole: all && !listGoesOn ? wide.map((e) => e.id) : [] };
  }
  return { ids: [], whole: [] };
};

/**
 * What the text says about one mention at [start, end) whose distinct name in the document is number
 * `nameIndex`: its normalised name, the cue after it, its container, whether it names a street or building.
 */
export const mentionInfo = (text: string, start: number, end: number, nameIndex: number): MentionInfo => {
  const norm = normalizePlaceName(text.slice(start, end));
  const words = norm.split(' ');
  const cue = cueAfter(text, end) ?? (isDateline(text, start, end) ? 'settlement' : null);
  const after = containersAfter(text, end);
  return {
    norm,
    nameIndex,
    cue,
    containers: after.ids,
    // In a list ("Nyando, Kisii, Wajir") the name after the comma is the next item, not where this one lies.
    statedRegions: LIST_ITEM.test(text.slice(Math.max(0, start - 3), start)) ? [] : after.whole,
    inTown: (words.length > 1 && IN_TOWN.has(words.at(-1)!)) || cue === 'street' || headOf(words),
    team: teamCueBefore(text, start),
    longForms: [],
  };
};

/**
 * What the text says about each mention at its [start, end); mentions of one name (case and a possessive aside)
 * share a name index, and a short name knows the indices of its longer forms with a county word.
 */
export const mentionInfos = (
  text: string,
  spans: readonly { readonly start: number; readonly end: number }[],
) => {
  const index = new Map<string, number>();
  const infos = spans.map(({ start, end }) => {
    // "Portland", "PORTLAND" and "Portland's" are one name.
    const name = normalizePlaceName(text.slice(start, end).replace(/['’]s$/, ''));
    const n = index.get(name) ?? index.size;
    index.set(name, n);
    return mentionInfo(text, start, end, n);
  });
  // In a story that names a league, the bare homes of its teams name the teams ("a loss to Cleveland"), unless
  // the text says where a mention of the name lies ("Portland, Maine").
  const homes = leagueHomes(text);
  const placed = new Set(infos.filter((m) => m.statedRegions.length > 0).map((m) => m.nameIndex));
  const homeNames = new Set(
    [...index].flatMap(([name, n]) => (homes.has(name) && !placed.has(n) ? [n] : [])),
  );
  const isHome = (m: MentionInfo): boolean => homeNames.has(m.nameIndex);
  // A name one mention uses for a team is the team's in all of them (one sense per document).
  const teams = new Set(infos.filter((m) => m.team || isHome(m)).map((m) => m.nameIndex));
  // "Suffolk" after "Suffolk County" is mostly its short form.
  const longForms = (norm: string): number[] =>
    COUNTY_CUES_AFTER.flatMap((w) => index.get(`${norm} ${w}`) ?? []);
  return infos.map((m) => ({ ...m, team: m.team || teams.has(m.nameIndex), longForms: longForms(m.norm) }));
};
