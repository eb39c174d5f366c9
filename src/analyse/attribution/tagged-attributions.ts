import { type Span, span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { ROLE_OF_TAG, TAGGER_LABELS, type TaggerRole } from './tagger-labels.js';

/** A run of tokens [first, last] the tagger gave one role. */
export interface TaggedRun {
  readonly role: TaggerRole;
  readonly first: number;
  readonly last: number;
}

/** An attribution read off the tagger's labels: a cue with its nearest source and its content pieces. */
export interface TaggedAttribution {
  readonly cue: Span;
  readonly source: Span | null;
  /** The content's cover (pieces around the cue and source are one content). */
  readonly content: Span;
  /** Token index of the cue's first token. */
  readonly cueToken: number;
}

/** Role runs of one labelled sequence (token indices offset by `a`). */
export const taggedRuns = (labels: Int32Array, a: number): TaggedRun[] => {
  const runs: TaggedRun[] = [];
  labels.forEach((y, k) => {
    const tag = TAGGER_LABELS[y]!;
    if (tag === 'O') return;
    const role = ROLE_OF_TAG[tag.slice(2)]!;
    const last = runs[runs.length - 1];
    if (tag.startsWith('I-') && last && last.role === role && last.last === a + k - 1)
      runs[runs.length - 1] = { ...last, last: a + k };
    else runs.push({ role, first: a + k, last: a + k });
  });
  return runs;
};

const gap = (r: TaggedRun, c: TaggedRun): number => (r.last < c.first ? c.first - r.last : r.first - c.last);

/**
 * Groups one sequence's runs into attributions: every content run goes to the nearest cue run (preferring one
 * in the same sentence), and each source run to one cue with content, nearest pairs first; a cue left without a
 * source then shares the nearest source run before it in its sentence (PolNeAR annotates "X said A and added B"
 * as two attributions with the same source span). Cues left without content are dropped; content runs without any cue are returned as `orphans`.
 */
export const groupRuns = (
  tokens: readonly Token[],
  runs: readonly TaggedRun[],
): { attributions: TaggedAttribution[]; orphans: Span[] } => {
  const cues = runs.filter((r) => r.role === 'cue');
  const sentence = (i: number) => tokens[i]!.sentence;
  const key = (r: TaggedRun, c: TaggedRun): number => {
    const same = sentence(c.first) === sentence(r.first) || sentence(c.first) === sentence(r.last);
    return gap(r, c) + (same ? 0 : 10_000);
  };
  const contents = new Map<TaggedRun, TaggedRun[]>();
  const orphans: Span[] = [];
  for (const r of runs) {
    if (r.role !== 'content') continue;
    let best: TaggedRun | null = null;
    for (const c of cues) if (!best || key(r, c) < key(r, best)) best = c;
    if (best) contents.set(best, [...(contents.get(best) ?? []), r]);
    else orphans.push(span(tokens[r.first]!.span.start, tokens[r.last]!.span.end));
  }
  // Sources go to cues one to one, closest pairs first (two cues in a sentence each keep their own subject).
  const pairs: [number, TaggedRun, TaggedRun][] = [];
  for (const r of runs) if (r.role === 'source') for (const c of cues) pairs.push([key(r, c), r, c]);
  pairs.sort((x, y) => x[0] - y[0] || x[1].first - y[1].first || x[2].first - y[2].first);
  const sources = new Map<TaggedRun, TaggedRun>();
  const used = new Set<TaggedRun>();
  for (const [, r, c] of pairs) {
    if (used.has(r) || sources.has(c) || !contents.has(c)) continue;
    used.add(r);
    sources.set(c, r);
  }
  // "X said A and added B": a cue still without a source shares the nearest one before it in its sentence.
  for (const [k, r, c] of pairs)
    if (!sources.has(c) && contents.has(c) && k < 10_000 && r.first < c.first) sources.set(c, r);
  const attributions: TaggedAttribution[] = [];
  for (const c of cues) {
    const parts = contents.get(c);
    if (!parts) continue;
    const s = sources.get(c);
    attributions.push({
      cue: span(tokens[c.first]!.span.start, tokens[c.last]!.span.end),
      source: s ? span(tokens[s.first]!.span.start, tokens[s.last]!.span.end) : null,
      content: span(
        Math.min(...parts.map((p) => tokens[p.first]!.span.start)),
        Math.max(...parts.map((p) => tokens[p.last]!.span.end)),
      ),
      cueToken: c.first,
    });
  }
  return { attributions, orphans };
};
