import { LINK_EVENT_FAMILIES } from '../../lang/en/link-event-families.js';
import { porterStem } from '../text/porter-stem.js';

/** What cross-report event coreference reads of one event mention. */
export interface ChainMention {
  /** The story its report belongs to (groupStories): events corefer only inside one story. */
  readonly story: string;
  /** The lemma of the mention's head ("arrest" for "were arrested", "earthquake"). */
  readonly lemma: string;
}

const FAMILY = new Map<string, string>();
for (const family of LINK_EVENT_FAMILIES)
  for (const stem of family) if (!FAMILY.has(stem)) FAMILY.set(stem, family[0]!);

/** The family of a head lemma: its Porter stem, mapped to the family it belongs to (link-event-families.ts). */
export const eventFamily = (lemma: string): string => {
  const stem = porterStem(lemma.toLowerCase());
  return FAMILY.get(stem) ?? stem;
};

/**
 * Cross-report event chains: mentions of one story whose heads share a family (same stem, or near-synonyms
 * such as killed / death) tell one event. Stories come from average-link clustering of whole reports, so two
 * look-alike events of one topic (two earthquakes, two arrests) stay apart while the tellings of one event meet
 * (the "cluster + lemma" design of Barhom et al. 2019, with stems and families). Returns a chain number per
 * mention, numbered by first mention.
 */
export const eventChains = (mentions: readonly ChainMention[]): number[] => {
  const chainOf = new Map<string, number>();
  return mentions.map((m) => {
    const key = `${m.story}\u0000${eventFamily(m.lemma)}`;
    if (!chainOf.has(key)) chainOf.set(key, chainOf.size);
    return chainOf.get(key)!;
  });
};
