import type { GazetteerNode, NerResources } from './ner-resources.js';

const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();

/**
 * Per-token gazetteer tags ("B-LOC|ORG", "U-PER", …) from greedy longest matches, left to right.
 * Tokens in no entry get "".
 */
export const gazetteerTags = (
  input: readonly string[],
  res: NerResources,
  /** The index node of each single word, when the caller has it memoised (running text only). */
  firstNodes?: readonly (GazetteerNode | undefined)[],
): string[] => {
  const tags: string[] = input.map(() => '');
  // Headlines in capitals are looked up in title case ("JAPAN" as "Japan").
  const caps = input.every((w) => w.toUpperCase() === w);
  const words = caps ? input.map(titleCase) : input;
  const first = caps ? undefined : firstNodes;
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    let found: GazetteerNode['tags'] = null;
    let key = words[i] as string;
    for (let n = 1; i + n <= words.length; n++) {
      if (n > 1) key = `${key} ${words[i + n - 1]}`;
      const node = n === 1 && first ? first[i] : res.gazetteerIndex.get(key);
      if (node === undefined) break;
      if (node.tags !== null) {
        matched = n;
        found = node.tags;
      }
      if (!node.prefix) break;
    }
    if (found === null) {
      i++;
      continue;
    }
    for (let k = 0; k < matched; k++)
      tags[i + k] = found[matched === 1 ? 'U' : k === 0 ? 'B' : k === matched - 1 ? 'L' : 'I'];
    i += matched;
  }
  return tags;
};
