import type { GazetteerEntry } from '../../geo/gazetteer-entry.js';
import type { MentionInfo } from './place-context.js';

/** Whether the text names the region or country of `e` right after the mention ("Georgetown, Ky."). */
const placedByContainer = (e: GazetteerEntry, m: MentionInfo): boolean =>
  m.containers.some((c) => c === e.region || c === `iso:${e.country}`);

/**
 * The entries chosen for a document's mentions, but mentions of one name share the place one of them lies in
 * by the region or country the text names right after it, when that place is among their candidates
 * ("GEORGETOWN, Ky." makes every "Georgetown" of the story the Kentucky town, not Guyana's capital). A mention
 * placed by its own container keeps its place ("Portland, Maine" beside "Portland, Ore.").
 */
export const oneSensePerName = (
  chosen: readonly (GazetteerEntry | null)[],
  lists: readonly (readonly GazetteerEntry[])[],
  infos: readonly MentionInfo[],
): (GazetteerEntry | null)[] => {
  const stated = new Map<number, GazetteerEntry>();
  chosen.forEach((e, i) => {
    if (e && placedByContainer(e, infos[i]!)) stated.set(infos[i]!.nameIndex, e);
  });
  return chosen.map((e, i) => {
    if (e && placedByContainer(e, infos[i]!)) return e;
    const s = stated.get(infos[i]!.nameIndex);
    return s !== undefined && lists[i]!.includes(s) ? s : e;
  });
};
