/** Multi-News's line-break marker inside a source text. */
export const CLUSTER_NEWLINE = / ?NEWLINE_CHAR ?/;

export interface Passage {
  /** 1-based number of the passage in its cluster. */
  readonly n: number;
  /** The passage as it stands in the cluster (markers included): the raw text of one report. */
  readonly raw: string;
}

const PASSAGE_MARK = /^Passage (\d+):[ \t]*\r?\n?/gm;
const SEPARATOR = /\s*\|\|\|\|\|\s*/;

/** True when a `context` holds several reports: `Passage N:` markers (LongBench) or `|||||` (Multi-News). */
export const isCluster = (context: string): boolean =>
  /^Passage \d+:/m.test(context) || context.includes('|||||');

/**
 * The passages of a news cluster, empty ones left out. LongBench numbers them with `Passage N:` lines;
 * Multi-News separates them with `|||||`.
 */
export const splitCluster = (context: string): Passage[] => {
  const marks = [...context.matchAll(PASSAGE_MARK)];
  const passages: Passage[] =
    marks.length > 0
      ? marks.map((m, i) => ({
          n: Number(m[1]),
          raw: context.slice(m.index + m[0].length, marks[i + 1]?.index ?? context.length),
        }))
      : context.split(SEPARATOR).map((raw, i) => ({ n: i + 1, raw }));
  return passages.filter((p) => p.raw.replace(/NEWLINE_CHAR|\s/g, '').length > 0);
};
