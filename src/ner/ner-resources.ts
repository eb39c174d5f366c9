export type GazetteerPosition = 'B' | 'I' | 'L' | 'U';

/** One key of the gazetteer index: an entry (with its prebuilt tag strings), a prefix of longer ones, or both. */
export interface GazetteerNode {
  /** Tag strings per position ("B-LOC|ORG", …), or null when the key is only a prefix. */
  readonly tags: Readonly<Record<GazetteerPosition, string>> | null;
  /** True when a longer entry starts with this key. */
  readonly prefix: boolean;
}

/** Word-level knowledge the features read besides the sentence: distributional classes and a name list. */
export interface NerResources {
  /** Word → cluster path; each path prefix in CLUSTER_LEVELS is one granularity. */
  readonly clusters: ReadonlyMap<string, string>;
  /** Space-joined token sequence → types it is listed under ("LOC" or "LOC|ORG"). */
  readonly gazetteer: ReadonlyMap<string, string>;
  /** Entries and their proper prefixes, so matching is one lookup per token and stops early. */
  readonly gazetteerIndex: ReadonlyMap<string, GazetteerNode>;
}

export const nerResources = (
  clusters: ReadonlyMap<string, string>,
  gazetteer: ReadonlyMap<string, string>,
): NerResources => {
  const tagStrings = new Map<string, Record<GazetteerPosition, string>>();
  const index = new Map<string, GazetteerNode>();
  for (const [key, types] of gazetteer) {
    let tags = tagStrings.get(types);
    if (tags === undefined) {
      tags = { B: `B-${types}`, I: `I-${types}`, L: `L-${types}`, U: `U-${types}` };
      tagStrings.set(types, tags);
    }
    index.set(key, { tags, prefix: index.get(key)?.prefix ?? false });
    const words = key.split(' ');
    for (let n = 1; n < words.length; n++) {
      const p = words.slice(0, n).join(' ');
      index.set(p, { tags: index.get(p)?.tags ?? null, prefix: true });
    }
  }
  return { clusters, gazetteer, gazetteerIndex: index };
};
