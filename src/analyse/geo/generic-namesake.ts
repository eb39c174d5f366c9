import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import { GENERIC_REGION_WORDS } from '../../lang/en/geo-generic-region-words.js';
import type { DocumentSetting } from './unsupported-town.js';

const GENERIC = new Set(GENERIC_REGION_WORDS);

/** Whether every word of a name is a generic region word ("West Coast", "Northwest", "Far North"). */
export const isGenericRegionName = (name: string): boolean => {
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => GENERIC.has(w));
};

/**
 * Whether the entry chosen for a generic name (see `isGenericRegionName`) is a namesake of what the text
 * means: a first-level region outside the country the document is about ("the West Coast" in a report on
 * Seattle is not New Zealand's West Coast region), or a town the text names with an article, as one names a
 * part of a country ("veterans in the Northwest" do not live in Northwest, North Carolina). `before` is the
 * text before the name.
 */
export const isGenericNamesake = (
  e: GazetteerEntry,
  name: string,
  before: string,
  doc: DocumentSetting,
): boolean => {
  if (!isGenericRegionName(name)) return false;
  if (e.precision === 'city') return /\bthe\s+$/i.test(before);
  if (e.precision !== 'region' || !e.id.startsWith('admin1:')) return false;
  if (doc.focus === null && doc.candidateFocus === null) return false;
  return e.country !== doc.focus && e.country !== doc.candidateFocus;
};
