/**
 * Gold and system mentions of entity coreference evals, aligned and labelled for the coref metrics.
 * Mentions that only one side has ("twinless") stay in the scored set as singletons on the other side, as the
 * reference CoNLL scorer does, so missed and spurious links both count; system mentions of out-of-scope gold
 * mentions (other types, pronouns), and where nested mentions are not annotated those nested inside an
 * annotated mention, are left out.
 */

/** A gold mention: [start, end) in the document text, its chain and its entity type. */
export interface GoldMention {
  readonly start: number;
  readonly end: number;
  readonly chain: string;
  readonly type: 'person' | 'organization' | 'place';
  /** True when it holds a proper noun ("President Trump"), false for a nominal ("the team"). */
  readonly named: boolean;
}

export interface CorefDoc {
  readonly name: string;
  /** Gold topic (MEANTIME corpus) or the document itself (GUM). */
  readonly topic: string;
  readonly text: string;
  readonly gold: readonly GoldMention[];
  /** Gold mentions outside the scored set (other entity types, pronouns): system mentions of them are left out. */
  readonly outOfScope: readonly { readonly start: number; readonly end: number }[];
  /** False when nested mentions are not all annotated (MEANTIME): system mentions inside a gold one are left out. */
  readonly nestedAnnotated: boolean;
  /** The [start, end) ranges whose mentions are fully annotated (MEANTIME: title and first sentences); null = all. */
  readonly scored: readonly { readonly start: number; readonly end: number }[] | null;
}

/** Whether a mention lies in the document's fully annotated part. */
export const inScored = (doc: CorefDoc, m: { start: number; end: number }): boolean =>
  doc.scored === null || doc.scored.some((r) => m.start >= r.start && m.end <= r.end);

/** A system mention: [start, end) and its chain under one system or baseline. */
export interface SystemMention {
  readonly start: number;
  readonly end: number;
  readonly chain: string;
}

/**
 * For each system mention, the gold mention it stands for, or -1: the innermost gold mention ending where it
 * ends (give or take a possessive "'s") and starting at or before it ("the Syrian Observatory" for "Syrian
 * Observatory"); each gold mention is taken once, an exact span first.
 */
export const alignMentions = (
  text: string,
  gold: readonly GoldMention[],
  system: readonly { start: number; end: number }[],
): number[] => {
  const byEnd = new Map<number, number[]>();
  gold.forEach((g, i) => {
    byEnd.set(g.end, [...(byEnd.get(g.end) ?? []), i]);
  });
  const taken = new Set<number>();
  const pick = (s: { start: number; end: number }, exact: boolean): number => {
    // A possessive "'s" may sit on either side only: "Trump's" against gold "Trump 's", and back.
    const inside = /\s?['’]s$/.exec(text.slice(s.start, s.end));
    const after = /^\s?['’]s\b/.exec(text.slice(s.end, s.end + 3));
    const ends = [s.end];
    if (inside) ends.push(s.end - inside[0].length);
    if (after) ends.push(s.end + after[0].length);
    let best = -1;
    for (const e of ends) {
      for (const i of byEnd.get(e) ?? []) {
        const g = gold[i]!;
        if (taken.has(i) || g.start > s.start || (exact && g.start !== s.start)) continue;
        if (best < 0 || g.end - g.start < gold[best]!.end - gold[best]!.start) best = i;
      }
    }
    return best;
  };
  const out = system.map(() => -1);
  for (const exact of [true, false]) {
    system.forEach((s, k) => {
      if (out[k]! >= 0) return;
      const i = pick(s, exact);
      if (i >= 0) {
        out[k] = i;
        taken.add(i);
      }
    });
  }
  return out;
};

/**
 * Gold and predicted labels over the union of gold mentions and unaligned system mentions of many documents;
 * `chainOf` gives each system mention's chain (already document- or topic-qualified).
 */
export const unionLabels = (
  docs: readonly { doc: CorefDoc; gold: readonly GoldMention[]; system: readonly SystemMention[] }[],
): { gold: string[]; pred: string[] } => {
  const gold: string[] = [];
  const pred: string[] = [];
  let n = 0;
  for (const { doc, gold: g, system: all } of docs) {
    const first = alignMentions(doc.text, g, all);
    // A system mention of an entity outside the scored types ("A380" for a product) is neither right nor wrong.
    const other = alignMentions(
      doc.text,
      doc.outOfScope.map((o) => ({ ...o, chain: '', type: 'place' as const, named: false })),
      all.filter((_, k) => first[k]! < 0),
    );
    // So is one nested inside an annotated mention ("Boeing" in "Boeing's 787") where nesting is not annotated.
    const spans = [...g, ...doc.outOfScope];
    const nested = (m: SystemMention) =>
      !doc.nestedAnnotated && spans.some((o) => o.start <= m.start && m.end <= o.end);
    let u = 0;
    const system = all.filter((m, k) => first[k]! >= 0 || (other[u++]! < 0 && !nested(m)));
    const align = alignMentions(doc.text, g, system);
    const predOf = new Map<number, string>();
    align.forEach((i, k) => {
      if (i >= 0) predOf.set(i, system[k]!.chain);
    });
    g.forEach((m, i) => {
      gold.push(m.chain);
      pred.push(predOf.get(i) ?? `~miss${n++}`);
    });
    align.forEach((i, k) => {
      if (i >= 0) return;
      gold.push(`~spurious${n++}`);
      pred.push(system[k]!.chain);
    });
  }
  return { gold, pred };
};
