import type { LexiconEntry } from '../../lang/en/entities-lexicon.js';
import type { Token } from '../../model/token.js';
import type { NerType } from '../../ner/ner-labels.js';
import { descriptiveStart } from './descriptive-start.js';
import { type DescriptiveHead, entityMatchers } from './entity-matchers.js';
import { type Compound, findCompounds } from './find-compounds.js';
import { findNameRuns, type NameFinder } from './find-name-runs.js';

/** A span that may be a mention, and what found it. */
export type Candidate =
  | {
      readonly what: 'run';
      readonly first: number;
      readonly last: number;
      readonly title: string | null;
      readonly tagged: NerType | null;
      /** A capitalised run the tagger did not mark: a mention only if it names an entity already known. */
      readonly knownOnly: boolean;
    }
  | { readonly what: 'lex'; readonly first: number; readonly last: number; readonly entry: LexiconEntry }
  | { readonly what: 'desc'; readonly first: number; readonly last: number; readonly head: DescriptiveHead }
  | { readonly what: 'comp'; readonly first: number; readonly last: number; readonly comp: Compound };

export interface Candidates {
  /** In text order, none inside a compound. */
  readonly kept: readonly Candidate[];
  /** Descriptors right before a name ("state news agency" before "SANA"), by the name's first token. */
  readonly descriptorBefore: ReadonlyMap<number, Compound>;
  /** Last tokens of place cues ("the district of"). */
  readonly placeCueEnd: ReadonlySet<number>;
}

/**
 * Every candidate mention of a document: the finder's name runs (split around known names and titles), the
 * capitalised runs it missed (kept only if they turn out to name a known entity), lexicon phrases,
 * descriptive references ("the monitor") and organisation compounds ("Syrian state TV").
 */
export const entityCandidates = (text: string, tokens: readonly Token[], finder: NameFinder): Candidates => {
  const m = entityMatchers();
  const surface = (a: number, b: number) => text.slice(tokens[a]!.span.start, tokens[b]!.span.end);
  const lex = m.lexicon(tokens, text);
  const lexAt = new Map(lex.map((x) => [x.first, x]));
  const titles = m.titles(tokens, text);
  const titleAt = new Map(titles.map((x) => [x.first, x]));
  const titleEnd = new Map(titles.map((x) => [x.last, x]));

  const candidates: Candidate[] = [];
  const covered = new Uint8Array(tokens.length);
  const cover = (a: number, b: number) => covered.fill(1, a, b + 1);
  const addRun = (run: { first: number; last: number; type?: NerType | null }, knownOnly: boolean) => {
    let first = run.first;
    const lx = lexAt.get(first);
    if (lx && lx.last >= run.last) return; // the phrase holds the whole run
    cover(run.first, run.last);
    if (lx?.value.proper) {
      // "UN Syria envoy": a known name opening a run is a name of its own.
      candidates.push({ what: 'lex', first, last: lx.last, entry: lx.value });
      first = lx.last + 1;
      while (first < run.last && !/^\p{Lu}/u.test(surface(first, first))) first += 1;
    }
    // A title opening a run the tagger read as an organisation or place is part of its name ("General Motors").
    const named = run.type === 'ORG' || run.type === 'LOC';
    const inner = named && first === run.first ? undefined : titleAt.get(first);
    if (inner && inner.last >= run.last) return; // a title alone ("President") names no one here
    const title = inner ? inner.value : (titleEnd.get(first - 1)?.value ?? null);
    // A run cut short by a known name or a title has lost the span the tagger typed.
    const tagged = first === run.first && !inner ? (run.type ?? null) : null;
    const start = inner ? inner.last + 1 : first;
    candidates.push({ what: 'run', first: start, last: run.last, title, tagged, knownOnly });
  };
  for (const run of finder(text, tokens)) addRun(run, false);
  if (finder !== findNameRuns) {
    for (const run of findNameRuns(text, tokens)) {
      if (!covered.subarray(run.first, run.last + 1).includes(1)) addRun(run, true);
    }
    candidates.sort((a, b) => a.first - b.first);
  }
  const runStarts = new Set(candidates.map((c) => c.first));
  for (const x of lex) {
    if (covered.subarray(x.first, x.last + 1).includes(1)) continue;
    // "state news agency SANA": a generic descriptor before a name is not a mention of its own.
    if (!x.value.proper && (runStarts.has(x.last + 1) || lexAt.get(x.last + 1)?.value.proper)) continue;
    candidates.push({ what: 'lex', first: x.first, last: x.last, entry: x.value });
    cover(x.first, x.last);
  }
  for (const d of m.descriptive(tokens, text)) {
    if (covered.subarray(d.first, d.last + 1).includes(1) || runStarts.has(d.last + 1)) continue;
    const the = descriptiveStart(tokens, d.first);
    if (the >= 0) candidates.push({ what: 'desc', first: the, last: d.last, head: d.value });
  }
  const nameEnds = new Map<number, number>();
  for (const c of candidates) if (c.what !== 'desc') nameEnds.set(c.last, c.first);
  const nameStarts = new Set(
    candidates.flatMap((c) => (c.what === 'run' || (c.what === 'lex' && c.entry.proper) ? [c.first] : [])),
  );
  const compounds = findCompounds(text, tokens, nameEnds, nameStarts);
  const inCompound = new Uint8Array(tokens.length);
  for (const c of compounds) inCompound.fill(1, c.first, c.last + 1);
  const kept: Candidate[] = candidates.filter((c) => !inCompound.subarray(c.first, c.last + 1).includes(1));
  for (const comp of compounds) kept.push({ what: 'comp', first: comp.first, last: comp.last, comp });
  kept.sort((a, b) => a.first - b.first);
  return {
    kept,
    descriptorBefore: new Map(compounds.filter((c) => c.describesNext).map((c) => [c.last + 1, c])),
    placeCueEnd: new Set(m.placeBefore(tokens, text).map((x) => x.last)),
  };
};
