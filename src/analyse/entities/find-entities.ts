import { lookupPlace } from '../../geo/lookup-place.js';
import { GROUP_CUE_WORDS, ORG_CUE_WORDS } from '../../lang/en/entities-cues.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { DocumentId } from '../../model/ids.js';
import type { Token } from '../../model/token.js';
import { acronymDefinitionStart } from './acronym-definition.js';
import { bodyTopicStart } from './body-topic.js';
import { classifyRun, nameWords } from './classify-run.js';
import { descriptiveStart } from './descriptive-start.js';
import { type Candidate, entityCandidates } from './entity-candidates.js';
import { type Draft, draftsToMentions } from './entity-drafts.js';
import { entityKey } from './entity-key.js';
import { EntityRegistry, type KnownEntity } from './entity-registry.js';
import { type NameFinder, sentenceFirst } from './find-name-runs.js';
import { givenNamePerson } from './given-name-person.js';
import { actsAsGovernment, governedCountry, governmentKey } from './government-metonym.js';
import { fitsHonorific, honorificAlias, honorificGender, surnamePerson } from './honorific-gender.js';
import { initialsOf } from './initials.js';
import { retypeListedPlaces } from './listed-person.js';
import { nameEvidence } from './name-evidence.js';
import { givenNameWords, registerPerson } from './register-person.js';
import { surnameOnly } from './surname-only.js';
import { taggerNameRuns } from './tagger-name-runs.js';
import { titlePhraseKey } from './title-phrase.js';
import { workTitle } from './work-title.js';

const CUE_RULES: ReadonlySet<string> = new Set(['title', 'place-cue', 'org-cue', 'group-cue']);
const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u;
const NAMED_BODIES: ReadonlySet<string> = new Set(['group', 'organization']);

/** Mentions of people, organisations, groups and places in one document, with coreference keys. */
export const findEntities = (
  text: string,
  tokens: readonly Token[],
  documentId: DocumentId,
  finder: NameFinder = taggerNameRuns,
): EntityMention[] => {
  const reg = new EntityRegistry();
  const surface = (a: number, b: number) => text.slice(tokens[a]!.span.start, tokens[b]!.span.end);
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (/^\p{Ll}/u.test(text.slice(t.span.start, t.span.end))) lowerSeen.add(t.norm);
  const { kept, descriptorBefore, placeCueEnd } = entityCandidates(text, tokens, finder);
  const evidence = nameEvidence(text, tokens, kept, placeCueEnd);
  /** One-word names the lexicon knows ("CNN", "AP"), by token. */
  const knownAt = new Map(
    kept.flatMap((c) =>
      c.what === 'lex' && c.first === c.last && c.entry.proper ? [[c.first, c.entry]] : [],
    ),
  );
  const national = new Map<string, KnownEntity>();
  const drafts: Draft[] = [];
  const consumed = new Set<number>();
  /** Peoples named by their plural ("Pakistanis", "Kurds"). */
  const peoples = new Set<KnownEntity>();
  const emit = (d: Draft, words: readonly string[]) => {
    drafts.push(d);
    reg.saw(d.entity, words);
  };
  /** "X (ABC)": the acronym names X, or a longer name ending at X whose initials it spells. */
  const acronymAfter = (first: number, last: number, named: KnownEntity) => {
    const acr = last + 2;
    if (tokens[last + 1]?.norm !== '(' || tokens[last + 3]?.norm !== ')' || !ACRONYM.test(surface(acr, acr)))
      return;
    let entity = named;
    const start = acronymDefinitionStart(text, tokens, last, surface(acr, acr));
    // "Sycamore, Illinois (CNN)": a known name of its own in brackets that does not spell the name is no alias.
    const own = knownAt.get(acr);
    const ownKey = own?.key ?? entityKey(surface(acr, acr));
    if (start === null && own && ownKey !== named.key && !initialsOf(named.key).includes(tokens[acr]!.norm))
      return;
    if (start !== null && start < first) {
      // "the Islamic State of Iraq and the Levant (ISIL)": one name, not the names inside it.
      const inner = drafts.filter((d) => d.first >= start);
      drafts.splice(drafts.length - inner.length);
      const t = inner[0]?.entity.type;
      entity = reg.entity(entityKey(surface(start, last)), t === 'group' ? 'group' : 'organization');
      entity.kind ??= inner[0]?.entity.kind ?? null;
      const words = nameWords(text, tokens, start, last);
      emit(
        { first: start, last, entity, anaphoric: false, rule: 'acronym-definition', confidence: 0.85 },
        words,
      );
    }
    reg.alias.set(tokens[acr]!.norm, { entity, rule: 'acronym' });
    consumed.add(acr);
    emit({ first: acr, last: acr, entity, anaphoric: false, rule: 'acronym', confidence: 0.9 }, []);
  };
  /** "SOHR" after "Syrian Observatory for Human Rights", with no definition in brackets: the initials. */
  const initialsAlias = (first: number, last: number) => {
    if (first !== last || !ACRONYM.test(surface(first, first))) return undefined;
    const norm = tokens[first]!.norm;
    const entity = reg.latest(
      (e) => e.type !== 'place' && e.type !== 'person' && initialsOf(e.key).includes(norm),
    );
    if (!entity) return undefined;
    const alias = { entity, rule: 'initials' };
    reg.alias.set(norm, alias);
    return alias;
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
      const defined = c.first === c.last ? reg.alias.get(tokens[c.first]!.norm) : undefined;
      if (defined?.rule === 'acronym') {
        // The document's own definition wins over the lexicon's ("ISIL" defined above).
        const d = { first: c.first, last: c.last, entity: defined.entity, anaphoric: false };
        emit({ ...d, rule: 'acronym', confidence: 0.9 }, []);
        return;
      }
      // "the Kurdish YPG militia", "IS militants": a generic word right after a named group is its head noun
      const prev = drafts.at(-1);
      if (c.entry.proper !== true && prev?.last === c.first - 1 && NAMED_BODIES.has(prev.entity.type)) return;
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
      acronymAfter(c.first, c.last, e);
      return;
    }
    if (c.what === 'desc') {
      const found = reg.described(c.head, titlePhraseKey(tokens, c.first + 1, c.last));
      if (found) {
        const d = { first: c.first, last: c.last, entity: found.entity, anaphoric: true };
        emit({ ...d, rule: `descriptive:${found.label}`, confidence: 0.7 }, []);
      }
      return;
    }
    const { first, last, title } = c;
    const words = nameWords(text, tokens, first, last);
    if (workTitle(text, tokens, first, last)) {
      // The film "Red Fox": a work's title, neither an organisation nor a person or place.
      const e = reg.entity(entityKey(surface(first, last)), 'other');
      emit({ first, last, entity: e, anaphoric: false, rule: 'work-title', confidence: 0.75 }, words);
      return;
    }
    const key = entityKey(surface(first, last));
    // "Mrs McConville", "Mr Kim": an honorific (with or without its dot) before a name.
    const gender = honorificGender(text, tokens, first);
    const metonym =
      !c.knownOnly && c.tagged !== 'PER' && c.tagged !== 'ORG' && title === null && gender === null;
    const governs = metonym && actsAsGovernment(text, tokens, first, last) ? governedCountry(key) : null;
    const government = governs ? governmentKey(governs) : null;
    if (government) {
      // "Damascus said", "Moscow denied": the capital or country stands for its government.
      const e = reg.entity(government, 'organization');
      e.kind ??= 'government';
      e.label ??= government.charAt(0).toUpperCase() + government.slice(1);
      emit({ first, last, entity: e, anaphoric: true, rule: 'metonym:government', confidence: 0.7 }, []);
      return;
    }
    const known = reg.byKey.get(key);
    if (known) {
      if (title) known.titles.add(title);
      // "Kurds" again: still a people named by its plural.
      const rule = peoples.has(known) ? 'population' : 'same-name';
      emit({ first, last, entity: known, anaphoric: false, rule, confidence: 0.8 }, words);
      return;
    }
    const alias =
      gender === null ? (reg.alias.get(key) ?? initialsAlias(first, last)) : honorificAlias(reg, key, gender);
    if (alias) {
      const anaphoric = alias.rule === 'surname';
      emit({ first, last, entity: alias.entity, anaphoric, rule: alias.rule, confidence: 0.75 }, []);
      return;
    }
    // "Mohamed Mursi" or "Mursi" after "Mohammed Morsi": the same person spelt another way.
    // A lone word the tagger reads as a place the gazetteer knows stays a place.
    const variant = c.tagged === 'ORG' ? undefined : reg.variant(key);
    const place =
      variant?.rule === 'surname' && c.tagged === 'LOC' && lookupPlace(surface(first, last)).length > 0;
    if (variant && !place && fitsHonorific(reg, variant.entity, gender)) {
      const anaphoric = variant.rule === 'surname';
      if (title) variant.entity.titles.add(title);
      emit(
        { first, last, entity: variant.entity, anaphoric, rule: variant.rule, confidence: 0.7 },
        anaphoric ? [] : words,
      );
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
      !c.opensSentence &&
      (sentenceFirst(text, tokens, first) || (first === last && lowerSeen.has(tokens[first]!.norm)));
    const cls = classifyRun(text, tokens, first, last, {
      titled: title !== null || gender !== null,
      placeCueBefore: evidence.placeCued.has(first),
      sentenceFirst: initial,
      writtenLower: first === last && lowerSeen.has(tokens[first]!.norm),
      tagged: c.tagged,
      cues: {
        person: evidence.person.has(key),
        place: evidence.place.has(key),
        locative: evidence.locative.has(key),
        body: evidence.body.get(key) ?? null,
        company: evidence.company.has(key),
        apposed: evidence.apposed.get(key) ?? null,
      },
    });
    // A run the tagger missed stays only when a rule cue types it ("the Observatory", "the Hanano district").
    if (!cls || (c.knownOnly && !CUE_RULES.has(cls.rule))) return;
    const e = reg.entity(entityKey(surface(first, cls.extendTo)), cls.type);
    e.kind ??= cls.kind;
    if (cls.rule === 'population') peoples.add(e);
    if (title) e.titles.add(title);
    // "Merkel told reporters": a lone first word read as a name by loneSentenceName, not by the tagger.
    const rule =
      c.opensSentence && (cls.rule === 'tagger:PER' || cls.rule === 'propn-run') ? 'lone-name' : cls.rule;
    emit({ first, last: cls.extendTo, entity: e, anaphoric: false, rule, confidence: cls.confidence }, words);
    // "the House subcommittee on Transportation Security" after "… Subcommittee on Transportation Security".
    const topic = cls.type === 'organization' ? bodyTopicStart(text, tokens, first, cls.extendTo) : null;
    const topicKey = topic === null ? null : entityKey(surface(topic, cls.extendTo));
    if (topicKey && !reg.byKey.has(topicKey)) reg.alias.set(topicKey, { entity: e, rule: 'body-topic' });
    if (cls.type === 'person' && words.length >= 2) registerPerson(reg, e, text, tokens, first, last);
    acronymAfter(first, cls.extendTo, e);
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
  retypeListedPlaces(text, tokens, drafts);
  // "Davis" in a headline, before "Wendy Davis": the one person of that surname the report names in full (not
  // "Carter" when "Carter Roberts" is named too), and the one an honorific fits ("Mrs McConville").
  const given = givenNameWords(reg);
  // "Eom" read as an organisation beside "Young-Ho Eom": a lone word only the tagger typed, no acronym, place,
  // lexicon or cue name, is that person too.
  const loneName = surnameOnly(text, tokens, drafts);
  drafts.forEach((d, i) => {
    // "Merkel looked tired." before "Angela Merkel": a lone first word read as a bare name is her surname too.
    const bare = d.rule === 'lone-name' && d.entity.type === 'other';
    const named = d.entity.type === 'person' || loneName.has(d.entity) || bare;
    const entity = named
      ? surnamePerson(reg, d.entity.key, honorificGender(text, tokens, d.first))
      : undefined;
    if (d.entity.key.includes(' ')) return;
    if (!entity || given.has(d.entity.key)) {
      // "Khalid told reporters" after "Khalid Abu Bakar": the one full name that starts with the word. A name,
      // not a descriptive reference: not anaphoric.
      const person =
        d.entity.type === 'person' && !d.anaphoric ? givenNamePerson(reg, d.entity.key) : undefined;
      if (person) drafts[i] = { ...d, entity: person, rule: 'given-name' };
      return;
    }
    drafts[i] = d.anaphoric ? { ...d, entity } : { ...d, entity, anaphoric: true, rule: 'surname' };
  });
  drafts.sort((a, b) => a.first - b.first);
  return draftsToMentions(text, tokens, drafts, documentId);
};
