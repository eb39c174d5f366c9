import { COMPANY_NOUNS_AFTER, COMPANY_NOUNS_BEFORE } from '../../lang/en/entities-company-nouns.js';
import {
  ARMED_MEMBER_NOUNS,
  LIST_JOINERS,
  LOCATIVE_PREPOSITIONS,
  MEMBER_NOUNS,
  PERSON_RELATIVES,
  THING_RELATIVES,
} from '../../lang/en/entities-type-cues.js';
import type { Token } from '../../model/token.js';
import { appositionType } from './apposition-type.js';
import { companyListed } from './company-list.js';
import type { Candidate } from './entity-candidates.js';
import { entityKey } from './entity-key.js';
import { struckPlace } from './struck-place.js';

/** What the whole document says about its names' types, by name key; one cue anywhere counts for every mention. */
export interface NameEvidence {
  /** Keys a person cue speaks for: a title before a mention, the last word of a fuller person name, ", who". */
  readonly person: ReadonlySet<string>;
  /** Keys a cue makes a body rather than a person (", which", "X members"), with the body's type. */
  readonly body: ReadonlyMap<string, 'organization' | 'group'>;
  /** Keys whose body cue is a company noun ("X shares", "the oil firm X"). */
  readonly company: ReadonlySet<string>;
  /** Keys with a place cue before some mention. */
  readonly place: ReadonlySet<string>;
  /** Keys after a locative preposition ("in X", "in A and X"), not owning something ("in X's time"). */
  readonly locative: ReadonlySet<string>;
  /** Keys an apposition types ("Izvestia, a pro-Kremlin daily,", "his daughter, Elena,"): the first one counts. */
  readonly apposed: ReadonlyMap<string, 'person' | 'organization' | 'place'>;
  /** First tokens of runs with a place cue right before them, or in a list it opens ("the towns of A, B and C"). */
  readonly placeCued: ReadonlySet<number>;
}

const CAPITAL = /^\p{Lu}/u;

/** Gathers the type cues of every name run of a document (`placeCueEnd`: last tokens of place cues). */
export const nameEvidence = (
  text: string,
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  placeCueEnd: ReadonlySet<number>,
): NameEvidence => {
  const person = new Set<string>();
  const body = new Map<string, 'organization' | 'group'>();
  const company = new Set<string>();
  const place = new Set<string>();
  const placeCued = new Set<number>();
  const locative = new Set<string>();
  const apposed = new Map<string, 'person' | 'organization' | 'place'>();
  const surface = (i: number) => text.slice(tokens[i]!.span.start, tokens[i]!.span.end);
  const runs = candidates.filter((c) => c.what === 'run');
  /** "A, B and C": runs of one sentence joined by commas and a last "and"/"or" (not "in Philadelphia, Randall"). */
  const lists = new Map<number, number>();
  for (let i = 0; i < runs.length; ) {
    let j = i;
    let closed = false;
    for (; j + 1 < runs.length; j += 1) {
      const a = runs[j]!.last;
      const b = runs[j + 1]!.first;
      if (b - a < 2 || b - a > 3 || tokens[a]!.sentence !== tokens[b]!.sentence) break;
      const between = tokens.slice(a + 1, b).map((t) => t.norm);
      if (!between.every((w) => LIST_JOINERS.has(w))) break;
      if (between.some((w) => w !== ',')) closed = true;
    }
    if (closed) for (let k = i; k <= j; k += 1) lists.set(k, i);
    i = j + 1;
  }
  /** True when run `n` follows, in one list, a run that `cued` holds for. */
  const listedAfter = (n: number, cued: (k: number) => boolean) => {
    const head = lists.get(n);
    if (head === undefined) return false;
    for (let k = head; k < n; k += 1) if (cued(k)) return true;
    return false;
  };
  const before = (n: number) => {
    const first = runs[n]!.first;
    const t = tokens[first - 1];
    return t !== undefined && t.sentence === tokens[first]!.sentence ? t : undefined;
  };
  // "shelling hit Homs": a town struck, where the tagger read no person or place ("hit Jackson" may be a man).
  const struck = (n: number) =>
    runs[n]!.tagged !== 'PER' &&
    runs[n]!.tagged !== 'LOC' &&
    struckPlace(text, tokens, runs[n]!.first, runs[n]!.last);
  const cuedPlace = (n: number) => placeCueEnd.has(runs[n]!.first - 1) || struck(n);
  const cuedLocative = (n: number) => LOCATIVE_PREPOSITIONS.has(before(n)?.norm ?? '');
  runs.forEach((c, n) => {
    if (c.what !== 'run') return;
    const { first, last } = c;
    const key = entityKey(text.slice(tokens[first]!.span.start, tokens[last]!.span.end));
    if (cuedPlace(n) || listedAfter(n, cuedPlace)) {
      placeCued.add(first);
      place.add(key);
    }
    const owner = tokens[last + 1]?.norm === "'s" || tokens[last + 1]?.norm === "'";
    if (!owner && (cuedLocative(n) || listedAfter(n, cuedLocative))) locative.add(key);
    if (c.title !== null) person.add(key);
    const apposition = apposed.has(key) ? null : appositionType(text, tokens, first, last);
    if (apposition) apposed.set(key, apposition);
    let named = 0;
    for (let i = first; i <= last; i += 1) if (CAPITAL.test(surface(i))) named += 1;
    if (c.tagged === 'PER' && named >= 2) person.add(entityKey(tokens[last]!.norm));
    // "the oil firm Rosneft": a company noun right before the name.
    const prev = before(n);
    if (prev && COMPANY_NOUNS_BEFORE.has(prev.norm) && !CAPITAL.test(surface(first - 1))) company.add(key);
    // "carmakers (Ford, GM, Toyota)": a name in a list a plural company noun opens.
    if (companyListed(text, tokens, first)) company.add(key);
    const next = tokens[last + 1];
    if (!next || next.sentence !== tokens[last]!.sentence) return;
    // ", who" / ", which": a relative clause after a comma (not "a shot by X which Y tipped").
    const after = next.norm === ',' ? tokens[last + 2] : undefined;
    if (after && PERSON_RELATIVES.has(after.norm)) person.add(key);
    else if (after && THING_RELATIVES.has(after.norm) && !body.has(key)) body.set(key, 'organization');
    if (MEMBER_NOUNS.has(next.norm) && !CAPITAL.test(surface(last + 1)) && body.get(key) !== 'group')
      body.set(key, ARMED_MEMBER_NOUNS.has(next.norm) ? 'group' : 'organization');
    // "Rosneft shares", "Humor magazine": a noun only a company or a publication has ("Smith shares his view":
    // a verb with its object, no cue).
    const object = ['DET', 'PRON'].includes(tokens[last + 2]?.pos ?? '');
    const owned =
      COMPANY_NOUNS_AFTER.has(next.norm) &&
      next.pos !== 'VERB' &&
      !object &&
      !CAPITAL.test(surface(last + 1));
    if (owned) company.add(key);
  });
  for (const key of company) if (!body.has(key)) body.set(key, 'organization');
  return { person, body, company, place, locative, placeCued, apposed };
};
