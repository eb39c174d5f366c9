import { BROADCAST_HEADS, OWNER_KINDS } from '../../lang/en/entities-cues.js';
import { DEMONYMS } from '../../lang/en/entities-demonyms.js';
import type { LexiconEntry } from '../../lang/en/entities-lexicon.js';
import { HONORIFIC_HEADS } from '../../lang/en/entities-titles.js';
import { GEO_DEMONYMS } from '../../lang/en/geo-demonyms.js';
import type { Token } from '../../model/token.js';
import type { NerType } from '../../ner/ner-labels.js';
import { descriptiveStart } from './descriptive-start.js';
import { entityKey } from './entity-key.js';
import { type DescriptiveHead, entityMatchers } from './entity-matchers.js';
import { type Compound, findCompounds } from './find-compounds.js';
import { findNameRuns, type NameFinder } from './find-name-runs.js';
import { loneSentenceName } from './lone-sentence-name.js';

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
      /** A sentence's first word that reads as a name on its own ("Putin spoke"; loneSentenceName). */
      readonly opensSentence: boolean;
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
  const inLex = new Uint8Array(tokens.length);
  for (const x of lex) inLex.fill(1, x.first, x.last + 1);
  const titles = m.titles(tokens, text);
  const titleAt = new Map(titles.map((x) => [x.first, x]));
  const titleEnd = new Map(titles.map((x) => [x.last, x]));

  const medium = (i: number) => BROADCAST_HEADS.has(tokens[i]!.norm) && /^\p{Lu}/u.test(surface(i, i));
  const candidates: Candidate[] = [];
  const covered = new Uint8Array(tokens.length);
  const cover = (a: number, b: number) => covered.fill(1, a, b + 1);
  const addRun = (
    run: { first: number; last: number; type?: NerType | null },
    knownOnly: boolean,
    opensSentence = false,
  ) => {
    let first = run.first;
    const lx = lexAt.get(first);
    if (lx && lx.last >= run.last) return; // the phrase holds the whole run
    // "Taiba" in "Lashkar-e-Taiba": a missed run inside a known phrase is the phrase's
    if (knownOnly && inLex.subarray(run.first, run.last + 1).every((x) => x === 1)) return;
    cover(run.first, run.last);
    if (lx?.value.proper && lx.value.kind === 'broadcaster') {
      // "BBC News", "France 24 TV": a broadcaster's name with its medium word is the broadcaster.
      let end = lx.last;
      while (end < run.last && (medium(end + 1) || (medium(end) && tokens[end + 1]!.kind === 'number')))
        end += 1;
      if (end === run.last) {
        const key = lx.value.key ?? entityKey(surface(first, lx.last));
        candidates.push({ what: 'lex', first, last: end, entry: { ...lx.value, key } });
        return;
      }
    }
    if (lx?.value.proper && !lx.value.whole) {
      // "UN Syria envoy": a known name opening a run is a name of its own (not "Google" in "Google Glass").
      candidates.push({ what: 'lex', first, last: lx.last, entry: lx.value });
      first = lx.last + 1;
      while (first < run.last && !/^\p{Lu}/u.test(surface(first, first))) first += 1;
    }
    // A title opening a run the tagger read as an organisation or place is part of its name ("General Motors").
    // "Mr. Assad" read as an organisation is still a person: an honorific never opens another kind of name.
    const named =
      (run.type === 'ORG' || run.type === 'LOC') && !HONORIFIC_HEADS.has(titleAt.get(first)?.value ?? '');
    if ((titleAt.get(first)?.last ?? -1) >= run.last) return; // a title alone ("President") names no one here
    const inner = named && first === run.first ? undefined : titleAt.get(first);
    const title = inner ? inner.value : (titleEnd.get(first - 1)?.value ?? null);
    // A run cut short by a known name or a title has lost the span the tagger typed.
    const tagged = first === run.first && !inner ? (run.type ?? null) : null;
    const start = inner ? inner.last + 1 : first;
    candidates.push({ what: 'run', first: start, last: run.last, title, tagged, knownOnly, opensSentence });
  };
  const found = finder(text, tokens);
  for (const run of found) addRun(run, false);
  if (finder !== findNameRuns) {
    const lowerSeen = new Set<string>();
    for (const t of tokens)
      if (t.kind === 'word' && /^\p{Ll}/u.test(text[t.span.start]!)) lowerSeen.add(t.norm);
    /** One-word names the finder typed an organisation somewhere in the document ("Gazprom"). */
    const orgs = new Set(
      found.flatMap((r) => (r.first === r.last && r.type === 'ORG' ? [tokens[r.first]!.norm] : [])),
    );
    for (const run of findNameRuns(text, tokens)) {
      if (covered.subarray(run.first, run.last + 1).includes(1)) continue;
      // "Merkel told", "Ahmed, 26,": a lone first word wink does not know, before a verb, stands on its own,
      // an organisation when the finder read it so elsewhere in the document ("Gazprom said", "in Gazprom").
      const lone =
        run.first === run.last && run.type !== 'PER'
          ? loneSentenceName(text, tokens, run.first, lowerSeen)
          : null;
      if (lone !== null && orgs.has(tokens[run.first]!.norm)) addRun({ ...run, type: 'ORG' }, false, true);
      else if (lone === 'person') addRun({ ...run, type: 'PER' }, false, true);
      else if (lone === 'name') addRun(run, false, true);
      // A rule run typed PER (calendarSurname: "Theresa May") stands without the tagger.
      else addRun(run, run.type !== 'PER');
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
  /** A name that only describes: a nationality ("French") or the first half of "Britain-based". */
  const describing = (c: Candidate) => {
    const name = surface(c.first, c.last).toLowerCase();
    return (
      tokens[c.last + 1]?.norm === '-' || DEMONYMS[name] !== undefined || GEO_DEMONYMS[name] !== undefined
    );
  };
  const nameAt = new Map(candidates.filter((c) => c.what !== 'desc').map((c) => [c.first, c]));
  for (const d of m.descriptive(tokens, text)) {
    if (covered.subarray(d.first, d.last + 1).includes(1) || runStarts.has(d.last + 1)) continue;
    const the = descriptiveStart(tokens, d.first);
    if (the < 0) continue;
    // "the UN refugee agency" is a UN body; "the U.S. space agency" none the document named before it; "the
    // French news agency" and "the Britain-based monitor" still refer back.
    let inner: Candidate | undefined;
    for (let k = the + 1; k < d.first && inner === undefined; k += 1) {
      const c = nameAt.get(k);
      if (c && c.last < d.first) inner = c;
    }
    if (inner && 'kind' in d.value && !describing(inner)) {
      const owner = inner.what === 'lex' ? inner.entry : null;
      const kind = owner ? OWNER_KINDS[owner.key ?? owner.phrase.toLowerCase()] : undefined;
      if (kind) candidates.push({ what: 'desc', first: the, last: d.last, head: { kind } });
      continue;
    }
    candidates.push({ what: 'desc', first: the, last: d.last, head: d.value });
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
