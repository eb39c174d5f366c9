import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';

/** What the text around a mention says about the kind of place it is. */
export type PlaceCue = 'region' | 'district' | 'settlement' | null;

/** Document context a candidate is weighed against. */
export interface PlaceContext {
  /** ISO country the document is about, or null. */
  readonly focus: string | null;
  /** Gazetteer ids the document's other place mentions resolve to. */
  readonly mentioned: ReadonlySet<string>;
}

const FEATURE_WEIGHT: Readonly<Record<string, number>> = {
  PCLI: 10,
  CONT: 10,
  PPLC: 3,
  PPLA: 2,
  ADM1: 5,
  PPLA2: 1,
};

/** A candidate's score: kind of place, size, the document's country, containment and the words around it. */
export const scoreCandidate = (e: GazetteerEntry, cue: PlaceCue, ctx: PlaceContext): number => {
  let score = FEATURE_WEIGHT[e.featureCode] ?? (e.id.startsWith('curated:') ? 2 : 0);
  score += 0.8 * Math.log10(e.population + 1);
  if (ctx.focus !== null && e.country === ctx.focus) score += 4;
  if (e.within !== undefined && ctx.mentioned.has(e.within)) score += 5;
  // Containment: a town in a region or country the document names.
  if (e.region !== undefined && ctx.mentioned.has(e.region)) score += 4;
  if (e.precision !== 'country' && ctx.mentioned.has(`iso:${e.country}`)) score += 2;
  if (cue === 'region' && e.featureCode === 'ADM1') score += 8;
  if (cue === 'district' && e.precision === 'district') score += 4;
  if (cue === 'settlement' && e.featureCode.startsWith('PPL') && e.precision === 'city') score += 2;
  return score;
};
