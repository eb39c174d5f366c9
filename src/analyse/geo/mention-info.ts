import { lookupPlace } from '../../geo/lookup-place.js';
import { normalizePlaceName } from '../../geo/normalize-place-name.js';
import {
  COUNTY_CUES_AFTER,
  DISTRICT_CUES_AFTER,
  IN_TOWN_HEADS,
  REGION_CUES_AFTER,
  SETTLEMENT_CUES_AFTER,
} from '../../lang/en/geo-place-cues.js';
import type { MentionInfo, PlaceCue } from './candidate-features.js';

const IN_TOWN = new Set(IN_TOWN_HEADS);
const CUES: readonly (readonly [Set<string>, PlaceCue])[] = [
  [new Set(REGION_CUES_AFTER), 'region'],
  [new Set(COUNTY_CUES_AFTER), 'county'],
  [new Set(DISTRICT_CUES_AFTER), 'district'],
  [new Set(SETTLEMENT_CUES_AFTER), 'settlement'],
];
/** ", Tenn." / ", Texas" / " (Ky.)" right after a name: the region or country it lies in. */
const CONTAINER = /^(?:,\s*|\s+\()((?:[A-Z][\p{L}'’-]*\.?)(?:\s+[A-Z][\p{L}'’-]*\.?){0,2})/u;

const cueAfter = (text: string, end: number): PlaceCue => {
  const word = /^\s+([a-z]+)/.exec(text.slice(end, end + 24))?.[1] ?? '';
  return CUES.find(([words]) => words.has(word))?.[1] ?? null;
};

const containersAfter = (text: string, end: number): string[] => {
  const m = CONTAINER.exec(text.slice(end, end + 40));
  if (!m) return [];
  const words = m[1]!.split(/\s+/);
  // The longest run of the following capitalised words that names a region or country.
  for (let n = words.length; n > 0; n -= 1) {
    const found = lookupPlace(words.slice(0, n).join(' ')).filter(
      (e) => e.precision === 'country' || e.featureCode === 'ADM1' || e.featureCode === 'ADM2',
    );
    if (found.length > 0) return found.map((e) => e.id);
  }
  return [];
};

/**
 * What the text says about one mention at [start, end) whose distinct name in the document is number
 * `nameIndex`: its normalised name, the cue after it, its container, whether it names a street or building.
 */
export const mentionInfo = (text: string, start: number, end: number, nameIndex: number): MentionInfo => {
  const norm = normalizePlaceName(text.slice(start, end));
  const words = norm.split(' ');
  return {
    norm,
    nameIndex,
    cue: cueAfter(text, end),
    containers: containersAfter(text, end),
    inTown: words.length > 1 && IN_TOWN.has(words.at(-1)!),
  };
};

/** What the text says about each mention at its [start, end); mentions with the same text share a name index. */
export const mentionInfos = (
  text: string,
  spans: readonly { readonly start: number; readonly end: number }[],
) => {
  const index = new Map<string, number>();
  return spans.map(({ start, end }) => {
    const name = text.slice(start, end);
    const n = index.get(name) ?? index.size;
    index.set(name, n);
    return mentionInfo(text, start, end, n);
  });
};
