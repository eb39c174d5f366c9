import { GROUP_CUE_WORDS, ORG_CUE_WORDS } from '../../lang/en/entities-cues.js';
import type { LexiconEntry } from '../../lang/en/entities-lexicon.js';
import type { EntityMention } from '../../model/entity-mention.js';
import { type DocumentId, mentionId } from '../../model/ids.js';
import { span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { classifyRun, nameWords } from './classify-run.js';
import { descriptiveStart } from './descriptive-start.js';
import { entityKey } from './entity-key.js';
import { type DescriptiveHead, entityMatchers } from './entity-matchers.js';
import { EntityRegistry, type KnownEntity } from './entity-registry.js';
import { type Compound, findCompounds } from './find-compounds.js';
import { findNameRuns, type NameFinder, sentenceFirst } from './find-name-runs.js';

const PRODUCER = 'analyse.entities@2';
const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u;

type Candidate =
  | { readonly what: 'run'; readonly first: number; readonly last: number; readonly title: string | null }
  | { readonly what: 'lex'; readonly first: number; readonly last: number; readonly entry: LexiconEntry }
  | { readonly what: 'desc'; readonly first: number; readonly last: number; readonly head: DescriptiveHead }
  | { readonly what: 'comp'; readonly first: number; readonly last: number; readonly comp: Compound };

interface Draft {
  readonly first: number;
  readonly last: number;
  readonly entity: KnownEntity;
  readonly anaphoric: boolean;
  readonly rule: string;
  readonly confidence: number;
}

/** Mentions of people, organisations, groups and places in one document, with coreference keys. */
export const findEntities = (
  text: string,
  tokens: readonly Token[],
  documentId: DocumentId,
  finder: NameFinder = findNameRuns,
): EntityMention[] => {
  const m = entityMatchers();
  const reg = new EntityRegistry();
  const surface = (a: number, b: number) => text.slice(tokens[a]!.span.start, tokens[b]!.span.end);
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (/^\p{Ll}/u.test(text.slice(t.span.start, t.span.end))) lowerSeen.add(t.norm);

  const lex = m.lexicon(tokens, text);
  const lexAt = new Map(lex.map((x) => [x.first, x]));
  const titles = m.titles(tokens, text);
  const titleAt = new Map(titles.map((x) => [x.first, x]));
  const titleEnd = new Map(titles.map((x) => [x.last, x]));
  const placeCueEnd = new Set(m.placeBefore(tokens, text).map((x) => x.last));

  const candidates: Candidate[] = [];
  const covered = new Uint8Array(tokens.length);
  const cover = (a: number, b: number) => covered.fill(1, a, b + 1);
  for (const run of finder(text, tokens)) {
    let first = run.first;
    const lx = lexAt.get(first);
    if (lx && lx.last >= run.last) continue; // the phrase holds the whole run
    cover(run.first, run.last);
    if (lx?.value.proper) {
      // "UN Syria envoy": a known name opening a run is a name of its own.
      candidates.push({ what: 'lex', first, last: lx.last, entry: lx.value });
      first = lx.last + 1;
      while (first < run.last && !/^\p{Lu}/u.test(surface(first, first))) first += 1;
    }
    const inner = titleAt.get(first);
    if (inner && inner.last >= run.last) continue; // a title alone ("President") names no one here
    const title = inner ? inner.value : (titleEnd.get(first - 1)?.value ?? null);
    candidates.push({ what: 'run', first: inner ? inner.last + 1 : first, last: run.last, title });
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
  const descriptorBefore = new Map(compounds.filter((c) => c.describesNext).map((c) => [c.last + 1, c]));
  const national = new Map<string, KnownEntity>();
  const drafts: Draft[] = [];
  const consumed = new Set<number>();
  const emit = (d: Draft, words: readonly string[]) => {
    drafts.push(d);
    reg.saw(d.entity, words);
  };
  const acronymAfter = (last: number, entity: KnownEntity) => {
    const acr = last + 2;
    if (tokens[last + 1]?.norm !== '(' || tokens[last + 3]?.norm !== ')' || !ACRONYM.test(surface(acr, acr)))
      return;
    reg.alias.set(tokens[acr]!.norm, { entity, rule: 'acronym' });
    consumed.add(acr);
    emit({ first: acr, last: acr, entity, anaphoric: true, rule: 'acronym', confidence: 0.9 }, []);
  };

  const handle = (c: Candidate): void => {
    if (c.what === 'comp') {
      const { comp } = c;
      if (comp.describesNext) return;
      const known = comp.generic && comp.canon ? national.get(comp.canon) : undefined;
      const e = known ?? reg.entity(comp.key, 'organization');
      e.kind ??= comp.kind;
      if (comp.canon) national.set(comp.canon, e);
      const anaphoric = known !== undefined;
      emit({ first: c.first, last: c.last, entity: e, anaphoric, rule: comp.rule, confidence: 0.75 }, []);
      return;
    }
    if (c.what === 'lex') {
      const e = reg.entity(c.entry.key ?? entityKey(surface(c.first, c.last)), c.entry.type);
      e.kind ??= c.entry.kind ?? null;
      emit(
        {
          first: c.first,
          last: c.last,
          entity: e,
          anaphoric: false,
          rule: `lexicon:${c.entry.type}`,
          confidence: 0.9,
        },
        nameWords(text, tokens, c.first, c.last),
      );
      acronymAfter(c.last, e);
      return;
    }
    if (c.what === 'desc') {
      const target = 'kind' in c.head ? reg.lastByKind.get(c.head.kind) : reg.lastByTitle.get(c.head.title);
      const label = 'kind' in c.head ? c.head.kind : c.head.title;
      if (target)
        emit(
          {
            first: c.first,
            last: c.last,
            entity: target,
            anaphoric: true,
            rule: `descriptive:${label}`,
            confidence: 0.7,
          },
          [],
        );
      return;
    }
    const { first, last, title } = c;
    const words = nameWords(text, tokens, first, last);
    const key = entityKey(surface(first, last));
    const known = reg.byKey.get(key);
    if (known) {
      if (title) known.titles.add(title);
      emit({ first, last, entity: known, anaphoric: false, rule: 'same-name', confidence: 0.8 }, words);
      return;
    }
    const alias = reg.alias.get(key);
    if (alias) {
      emit({ first, last, entity: alias.entity, anaphoric: true, rule: alias.rule, confidence: 0.75 }, []);
      return;
    }
    const the = descriptiveStart(tokens, first);
    const next = tokens[last + 1];
    const isHead = !(next && next.pos === 'NOUN' && /^\p{Ll}/u.test(text[next.span.start]!));
    if (the >= 0 && isHead && words.some((w) => ORG_CUE_WORDS.has(w) || GROUP_CUE_WORDS.has(w))) {
      // "the Britain-based Observatory": an earlier organisation named with these words.
      const target = reg.lastByWord.get(words[0]!);
      if (target && words.every((w) => reg.lastByWord.get(w) === target)) {
        while (drafts.length > 0 && drafts.at(-1)!.first >= the) drafts.pop();
        emit(
          { first: the, last, entity: target, anaphoric: true, rule: 'descriptive:name', confidence: 0.7 },
          [],
        );
        return;
      }
    }
    const initial =
      sentenceFirst(text, tokens, first) || (first === last && lowerSeen.has(tokens[first]!.norm));
    const cls = classifyRun(text, tokens, first, last, title !== null, placeCueEnd.has(first - 1), initial);
    if (!cls) return;
    const e = reg.entity(entityKey(surface(first, cls.extendTo)), cls.type);
    e.kind ??= cls.kind;
    if (title) e.titles.add(title);
    emit(
      { first, last: cls.extendTo, entity: e, anaphoric: false, rule: cls.rule, confidence: cls.confidence },
      words,
    );
    if (cls.type === 'person' && words.length >= 2) {
      const surname = tokens[last]!.norm;
      reg.alias.set(surname, { entity: e, rule: 'surname' });
      if (last >= 2 && tokens[last - 1]!.norm === '-')
        reg.alias.set(entityKey(surface(last - 2, last)), { entity: e, rule: 'surname' });
    }
    acronymAfter(cls.extendTo, e);
  };
  for (const c of kept) {
    if (consumed.has(c.first)) continue;
    const before = drafts.length;
    handle(c);
    const desc = descriptorBefore.get(c.first);
    const named = drafts[before];
    if (desc && named && named.first === c.first) {
      // "state news agency SANA": the descriptor is an alias of the name it introduces.
      named.entity.kind ??= desc.kind;
      if (desc.canon) national.set(desc.canon, named.entity);
      const d = { first: desc.first, last: desc.last, entity: named.entity, anaphoric: true };
      emit({ ...d, rule: 'descriptor', confidence: 0.8 }, []);
    }
  }
  drafts.sort((a, b) => a.first - b.first);
  return toMentions(text, tokens, drafts, documentId);
};

/**
 * Final mentions: spans, and each entity's best name: the span that spells its key if there is one, else its
 * longest non-anaphoric span in this document.
 */
const toMentions = (
  text: string,
  tokens: readonly Token[],
  drafts: readonly Draft[],
  documentId: DocumentId,
): EntityMention[] => {
  const best = new Map<string, string>();
  for (const d of drafts) {
    if (d.anaphoric) continue;
    const s = text.slice(tokens[d.first]!.span.start, tokens[d.last]!.span.end);
    const had = best.get(d.entity.key);
    if (had !== undefined && entityKey(had) === d.entity.key) continue;
    if (entityKey(s) === d.entity.key || s.length > (had?.length ?? 0)) best.set(d.entity.key, s);
  }
  return drafts.map((d, n) => {
    const s = span(tokens[d.first]!.span.start, tokens[d.last]!.span.end);
    return {
      id: mentionId(documentId, 'e', n),
      span: s,
      type: d.entity.type,
      key: d.entity.key,
      name: best.get(d.entity.key) ?? text.slice(s.start, s.end),
      anaphoric: d.anaphoric,
      evidence: { documentId, span: s, producer: PRODUCER, rule: d.rule, confidence: d.confidence },
    };
  });
};
