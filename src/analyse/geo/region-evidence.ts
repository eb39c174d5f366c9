import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import type { MentionInfo, PlaceContext } from './place-context.js';

/** Whether names other than the mention's own resolve to entry `id` (the previous pass). */
const namedByOthers = (ctx: PlaceContext, id: string, m: MentionInfo): boolean =>
  [...(ctx.mentioned.get(id) ?? [])].some((n) => n !== m.nameIndex);

/**
 * Whether a town or district another name of the document resolves to lies in `area`, a first-level region or
 * country: "Washington" in a story from Tacoma is the state, "Ontario" beside Mississauga the province. The
 * mention's own namesake town does not count (Gaza city does not make "Gaza" the governorate).
 */
export const holdsTown = (area: GazetteerEntry, m: MentionInfo, ctx: PlaceContext): boolean =>
  ctx.points.some(
    (p) =>
      (p.entry.region === area.id || `iso:${p.entry.country}` === area.id) &&
      namedByOthers(ctx, p.entry.id, m),
  );

/**
 * Whether another name of the document resolves to another first-level region of `region`'s country: regions
 * are named beside regions ("Ohio … Washington", "British Columbia … Quebec").
 */
export const siblingRegion = (region: GazetteerEntry, m: MentionInfo, ctx: PlaceContext): boolean => {
  const prefix = `admin1:${region.country}.`;
  for (const id of ctx.mentioned.keys()) {
    if (id !== region.id && id.startsWith(prefix) && namedByOthers(ctx, id, m)) return true;
  }
  return false;
};
