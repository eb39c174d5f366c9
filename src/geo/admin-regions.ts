import {
  ADMIN_NAME_PREFIXES,
  ADMIN_NAME_SUFFIXES,
  ADMIN_NAMES_KEPT_WHOLE,
} from '../lang/en/geo-admin-words.js';
import type { GazetteerBuilder } from './gazetteer-index.js';

const SUFFIX = new RegExp(` (?:${ADMIN_NAME_SUFFIXES.join('|')})$`, 'i');
const PREFIX = new RegExp(`^(?:${ADMIN_NAME_PREFIXES.join('|')}) `, 'i');
const WHOLE = new Set(ADMIN_NAMES_KEPT_WHOLE);

/** A GeoNames administrative region: its code (`SY.09`, `US.KY.125`), name, point and summed population. */
export interface AdminRegion {
  readonly code: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
}

/**
 * A region's name without its administrative word ("Laurel County" → "Laurel"), or null if it has none or keeps
 * it (ADMIN_NAMES_KEPT_WHOLE).
 */
export const bareAdminName = (name: string): string | null => {
  if (WHOLE.has(name)) return null;
  const bare = name.replace(SUFFIX, '').replace(PREFIX, '');
  return bare !== name && bare !== '' ? bare : null;
};

/**
 * Files first- or second-level regions under their full name and their bare name; a first-level region is
 * named by its bare name ("Idlib"), a second-level one by its full name ("Laurel County").
 */
export const addAdminRegions = (g: GazetteerBuilder, level: 1 | 2, regions: readonly AdminRegion[]): void => {
  for (const r of regions) {
    const bare = bareAdminName(r.name);
    const parts = r.code.split('.');
    g.add(
      {
        id: `admin${level}:${r.code}`,
        name: level === 1 ? (bare ?? r.name) : r.name,
        lat: r.lat,
        lon: r.lon,
        country: parts[0]!,
        featureCode: `ADM${level}`,
        population: r.population,
        precision: 'region',
        ...(level === 2 ? { region: `admin1:${parts[0]}.${parts[1]}` } : {}),
      },
      bare === null ? [r.name] : [r.name, bare],
    );
  }
};
