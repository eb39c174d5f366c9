import { PASSIVE_CHARGE_PREPOSITIONS } from '../../lang/en/attribution-passives.js';
import {
  BE_FORMS,
  DETERMINERS,
  PASSIVE_TARGET_CUES,
  PRE_CUE_MODIFIERS,
  RELATIVE_CLAUSE_OPENERS,
  SOURCE_PRONOUNS,
} from '../../lang/en/attribution-syntax.js';
import { type Span, span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { clauseSubject, isParticipleCue } from './clause-subject.js';
import { phraseLeftOf, spacedDash } from './noun-phrase.js';
import { isPlural } from './plural-noun.js';

/** The source phrase before a cue; `boundary` is the token index that ended it (-1: sentence start). */
export interface SourceBefore {
  readonly source: Span | null;
  readonly head: Span | null;
  readonly boundary: number;
  /** The cue sits in a reduced relative clause ("the men X accused of …"): the main clause resumes after it. */
  readonly reduced?: boolean;
}

const between = (toks: readonly Token[], first: number, last: number): Span =>
  span(toks[first]!.span.start, toks[last]!.span.end);

const LEADS = new Set(['but', 'and', 'so', 'yet', 'still']);
const COORDINATING = new Set(['and', 'but']);
const VERBAL = new Set(['VERB', 'AUX']);
const MAX_INTERRUPTED = 40;
/** Longest sentence opener ("Meanwhile,", "On Friday,", "In northern Gaza,") skipped before the subject. */
const MAX_OPENER = 6;
const CLOSING_QUOTES = new Set(['"', '”', "''"]);

/** An age after a name ("Ahmed, 26,"): a number of one to three digits. */
const isAge = (t: Token): boolean => /^\d{1,3}$/.test(t.norm);

/** Index past a short adverbial opener and its comma ("Meanwhile, …", "On Friday, …"), else `lead`. */
const pastOpener = (toks: readonly Token[], lead: number): number => {
  const opener = toks[lead]?.pos;
  if (opener !== 'ADV' && opener !== 'ADP') return lead;
  for (let i = lead + 1; i <= lead + MAX_OPENER && i < toks.length; i += 1) {
    const t = toks[i]!;
    if (t.norm === ',') return i + 1;
    if (t.pos !== null && VERBAL.has(t.pos)) return lead;
  }
  return lead;
};

/**
 * "Trump, speaking to veterans in Virginia, said" / "Jane Roe, director of the institute at X's school, said": the
 * sentence-initial noun phrase before the first comma is the subject (after a short opener: "Meanwhile, the
 * army, which …, said"). The whole stretch is the source when it has
 * no verb (a long apposition), else only that phrase (an interrupting clause).
 */
const interruptedSubject = (toks: readonly Token[], comma: number): SourceBefore | null => {
  let lead = 0;
  while (lead < comma && LEADS.has(toks[lead]!.norm)) lead += 1;
  lead = Math.min(pastOpener(toks, lead), comma);
  const first = toks.findIndex((x, i) => i >= lead && x.norm === ',');
  if (first <= lead || first >= comma || comma - lead > MAX_INTERRUPTED) return null;
  const np = phraseLeftOf(toks, first - 1);
  if (!np || np.first !== lead || np.boundary !== lead - 1) return null;
  const head = between(toks, lead, first - 1);
  const verbless = toks.slice(first, comma).every((x) => x.pos === null || !VERBAL.has(x.pos));
  return { source: verbless ? between(toks, lead, comma - 1) : head, head, boundary: lead - 1 };
};

/** Most verb-group words (auxiliaries, adverbs) between a relative pronoun and the object before a cue. */
const MAX_RELATIVE_VERBS = 4;
const RELATIVE_VERB_GROUP = new Set(['VERB', 'AUX', 'ADV', 'PART']);

/**
 * "The soldiers who seized power said": the phrase [first, last] before the cue is the object of a restrictive
 * relative clause, so the subject is the noun phrase before the relative pronoun with its clause (the head is
 * that noun phrase). Null when no relative clause stands there.
 */
const relativeSubject = (toks: readonly Token[], first: number, last: number): SourceBefore | null => {
  let m = first - 1;
  const verbsEnd = m;
  while (m >= 0 && verbsEnd - m < MAX_RELATIVE_VERBS && RELATIVE_VERB_GROUP.has(toks[m]!.pos ?? '')) m -= 1;
  if (m === verbsEnd || m < 1 || !RELATIVE_CLAUSE_OPENERS.has(toks[m]!.norm)) return null;
  const np = phraseLeftOf(toks, m - 1);
  if (!np || np.first > m - 1 || toks[np.first]!.pos === 'ADP') return null;
  return {
    source: between(toks, np.first, last),
    head: between(toks, np.first, m - 1),
    boundary: np.boundary,
  };
};

/**
 * "the two women Malaysia has accused of …": an accusation cue with no object before its charge ("accused of")
 * sits in a reduced relative clause; a plural noun right before a name in the phrase [first, last] before the
 * cue ends that clause's object, and the name is its subject — the source. Null when there is no such gap or
 * junction ("Palestinian officials Saeb Erekat said" is an apposition).
 */
const reducedRelativeSubject = (
  toks: readonly Token[],
  first: number,
  last: number,
  cue: number,
): SourceBefore | null => {
  const gap =
    PASSIVE_TARGET_CUES.has(toks[cue]!.norm) && PASSIVE_CHARGE_PREPOSITIONS.has(toks[cue + 1]?.norm ?? '');
  if (!gap) return null;
  for (let j = last - 1; j >= first; j -= 1) {
    const t = toks[j]!;
    if (t.pos === 'NOUN' && isPlural(t.norm) && toks[j + 1]!.pos === 'PROPN') {
      const s = between(toks, j + 1, last);
      return { source: s, head: s, boundary: j, reduced: true };
    }
  }
  return null;
};

/**
 * "Kall -- co-editor of a book on the debates -- said": a dash closing an apposition that a dash opened after the
 * subject; the whole stretch is the source and the phrase before the first dash its head.
 */
const dashApposition = (toks: readonly Token[], dash: number): SourceBefore | null => {
  let open = dash - 1;
  while (open > 0 && dash - open <= MAX_INTERRUPTED && !spacedDash(toks, open)) open -= 1;
  if (open < 1 || !spacedDash(toks, open)) return null;
  const head = phraseLeftOf(toks, open - 1);
  if (!head || head.first > open - 1 || toks[head.first]!.pos === 'ADP') return null;
  return {
    source: between(toks, head.first, dash - 1),
    head: between(toks, head.first, open - 1),
    boundary: head.boundary,
  };
};

/**
 * The subject of a reporting cue at token `cue`: a pronoun, a noun phrase, or "Head, apposition," (whose head is
 * where the entity is looked for). Null when the cue is a noun, an adjective or passive ("the said document",
 * "was reported") or no phrase stands before it.
 */
export const sourceBefore = (toks: readonly Token[], cue: number): SourceBefore | null => {
  const prev = toks[cue - 1];
  if (prev && (DETERMINERS.has(prev.norm) || BE_FORMS.has(prev.norm))) return null;
  if (isParticipleCue(toks, cue)) {
    const subject = clauseSubject(toks, cue - 1);
    return subject && { ...subject, head: subject.source };
  }
  let k = cue - 1;
  while (k >= 0 && PRE_CUE_MODIFIERS.has(toks[k]!.norm)) k -= 1;
  const t = toks[k];
  if (!t) return { source: null, head: null, boundary: -1 };
  if (BE_FORMS.has(t.norm)) return null;
  if (t.norm in SOURCE_PRONOUNS) return { source: t.span, head: t.span, boundary: k - 1 };
  // A quotation closing an interrupting clause: "X, which called Gaza "a base for Iran," said".
  const quoted =
    CLOSING_QUOTES.has(t.norm) && toks[k - 1]?.norm === ',' && !CLOSING_QUOTES.has(toks[0]!.norm);
  if (quoted) k -= 1;
  if (spacedDash(toks, k)) return dashApposition(toks, k);
  // "… was not her view and dismissed …": a second verb of the same subject, whose source is that of the first.
  if (COORDINATING.has(t.norm)) return { source: null, head: null, boundary: k };
  if (quoted || t.norm === ',') {
    const appos = phraseLeftOf(toks, k - 1);
    if (!appos || appos.first > k - 1 || toks[appos.boundary]?.norm !== ',')
      return interruptedSubject(toks, k);
    let last = appos.boundary - 1;
    let head = phraseLeftOf(toks, last);
    // "Ahmed, 26, a student, said": an age set off by commas follows the name; the name is the head.
    if (head && head.first === last && isAge(toks[last]!) && toks[head.boundary]?.norm === ',') {
      const name = phraseLeftOf(toks, head.boundary - 1);
      if (name && name.first <= head.boundary - 1) {
        last = head.boundary - 1;
        head = name;
      }
    }
    if (!head || head.first > last) return null;
    return {
      source: between(toks, head.first, k - 1),
      head: between(toks, head.first, last),
      boundary: head.boundary,
    };
  }
  const np = phraseLeftOf(toks, k);
  if (!np) return null;
  if (np.first > k) return { source: null, head: null, boundary: np.boundary };
  const relative = relativeSubject(toks, np.first, k) ?? reducedRelativeSubject(toks, np.first, k, cue);
  if (relative) return relative;
  // A prepositional phrase is not a subject ("for the upcoming show", "against what the campaign sees").
  if (toks[np.first]!.pos === 'ADP') return null;
  const s = between(toks, np.first, k);
  return { source: s, head: s, boundary: np.boundary };
};
