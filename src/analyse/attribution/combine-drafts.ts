import {
  ADVERBIAL_CLAUSE_OPENERS,
  OBJECT_PREPOSITIONS,
  SOURCE_PRONOUNS,
} from '../../lang/en/attribution-syntax.js';
import { type Span, spansOverlap, spanText } from '../../model/span.js';
import type { AttributionDraft } from './attribution-draft.js';
import { FALSITY_CALL_RULE, inFalsityCall } from './read-falsity-call.js';
import { PASSIVE_CUE_RULE } from './read-passive-cue.js';
import { RELAY_RULE } from './read-relayed-quote.js';
import { QUOTE_BEFORE_RULE, RELATIVE_OBJECT_RULE } from './read-reporting-cue.js';

const sameClaim = (a: AttributionDraft, b: AttributionDraft): boolean =>
  spansOverlap(a.cue, b.cue) || spansOverlap(a.content, b.content);
/** The rule's source agrees with the tagger's when they overlap, or when the tagger found none. */
const agree = (rule: Span | null, tagger: Span | null): boolean =>
  tagger === null || (rule !== null && spansOverlap(rule, tagger));
/** The tagger took the rule's inverted source for content ("…, said the governor" read as cue + content). */
const confused = (rule: AttributionDraft, tagger: AttributionDraft): boolean =>
  tagger.source === null && rule.source !== null && spansOverlap(rule.source, tagger.content);
const WORD_BEFORE = /([\p{L}’']+)\s*$/u;
/** The tagger's source is the object of a preposition outside its cue ("X, speaking to reporters, said"). */
const objectSource = (text: string, rule: AttributionDraft, tagger: AttributionDraft): boolean => {
  if (!tagger.source || !rule.source || spansOverlap(rule.source, tagger.source)) return false;
  if (tagger.cue.start <= tagger.source.start && tagger.source.start <= tagger.cue.end + 1) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, tagger.source.start - 20), tagger.source.start));
  return before !== null && OBJECT_PREPOSITIONS.has(before[1]!.toLowerCase());
};
/**
 * "civilians are fleeing the town, fearing …": for a participle after a comma the rule reads the subject of the
 * clause it hangs on; the tagger tends to take the sentence's first subject.
 */
const participle = (rule: AttributionDraft, tagger: AttributionDraft): boolean =>
  rule.rule === 'participle-cue' &&
  spansOverlap(rule.cue, tagger.cue) &&
  spansOverlap(rule.content, tagger.content);
/**
 * "Y, the army said, while rebels shelled Z": the tagger took the adverbial clause after a source-final cue for
 * its content; the rule reads Y.
 */
const clauseAfterCue = (text: string, rule: AttributionDraft, tagger: AttributionDraft): boolean => {
  if (rule.rule !== 'source-final' || !spansOverlap(rule.cue, tagger.cue)) return false;
  if (tagger.content.start < tagger.cue.end) return false;
  const first = /^[\s,]*([\p{L}]+)/u.exec(spanText(text, tagger.content))?.[1]?.toLowerCase() ?? '';
  return ADVERBIAL_CLAUSE_OPENERS.has(first);
};
/**
 * "Y, said Victor Payes, who works at the port": the tagger read the clause after the rule's inverted source as
 * the content of the same cue.
 */
const clauseAfterSource = (rule: AttributionDraft, tagger: AttributionDraft): boolean =>
  rule.rule === 'cue-source' &&
  rule.source !== null &&
  spansOverlap(rule.cue, tagger.cue) &&
  tagger.content.start >= rule.source.end;
/** "Izvestia quoted X as saying Y": the tagger takes the outlet for the source and "X as saying Y" for content. */
const relay = (rule: AttributionDraft): boolean => rule.rule === RELAY_RULE;
/**
 * Rules whose one reading stands for every tagger reading of the same cue: a relay, '"…," X said on Friday
 * when asked …', which the tagger splits into the quotation and the words after the cue, and a call that a
 * claim is false ("…, which X called a lie": the tagger reads "a lie" as what X asserts), and a passive cue
 * ("X was accused by Y of Z": the tagger reads the accused as what is said).
 */
const ABSORBING: ReadonlySet<string> = new Set([
  RELAY_RULE,
  QUOTE_BEFORE_RULE,
  FALSITY_CALL_RULE,
  PASSIVE_CUE_RULE,
]);
const absorbs = (rule: AttributionDraft, tagger: AttributionDraft): boolean =>
  ABSORBING.has(rule.rule) &&
  (relay(rule) ||
    spansOverlap(rule.cue, tagger.cue) ||
    // "X dismissed as propaganda reports that Y": the tagger reads the shifted object's noun as a cue.
    (rule.rule === FALSITY_CALL_RULE && inFalsityCall([rule], tagger.cue.start)));
const TRAILING_RULES: ReadonlySet<string> = new Set(['source-final', 'after-quote']);
/** 'Smith said: "…," he added': a cue after a quotation that another cue introduced tells it again. */
const trailing = (rule: AttributionDraft, other: AttributionDraft): boolean =>
  TRAILING_RULES.has(rule.rule) &&
  rule.cue.start >= other.content.end &&
  other.cue.end <= other.content.start;
/**
 * A rule reading nested inside another claim's content with a pronoun source ("X said he hoped Y": the
 * speaker's own stance) is a claim of its own, and so is a denial of what the pronoun "which" stands for ("X
 * said Y, which Z denied", "X said Y, a claim Z called false"), and so is a cue trailing a quotation another cue introduced
 * ('Smith said: "…," he added'); otherwise overlapping content means a competing reading.
 */
const competes = (text: string, rule: AttributionDraft, other: AttributionDraft): boolean => {
  if (spansOverlap(rule.cue, other.cue)) return true;
  if (!spansOverlap(rule.content, other.content)) return false;
  if (trailing(rule, other)) return false;
  const nested = other.content.start <= rule.cue.start && rule.cue.end <= other.content.end;
  const pronoun = rule.source !== null && spanText(text, rule.source).toLowerCase() in SOURCE_PRONOUNS;
  return !(nested && (pronoun || rule.rule === RELATIVE_OBJECT_RULE || rule.rule === FALSITY_CALL_RULE));
};

/**
 * The tagger decides which claims there are and roughly where their parts lie (it scores higher on PolNeAR than
 * the rules); where a rule reads the same claim with a source and content that overlap the tagger's, the rule's
 * reading is kept (it carries sitrep's exact extents, stance, source head and source inheritance); so it is when
 * the tagger found no source, and so it is for the same cue when the tagger read the rule's source as its
 * content, took the object of a preposition for the source, or took the adverbial clause after a source-final
 * cue for content; a relay ("X quoted Y as saying Z": read-relayed-quote.ts) and a quotation before its source
 * and cue ('"…," X said on Friday when …') are kept, once for all the tagger's readings of their parts. The rules' other readings are kept when `keep` says so, unless they compete with a kept one (same cue, or overlapping content without being nested in it).
 */
export const combineDrafts = (
  text: string,
  rules: readonly AttributionDraft[],
  tagged: readonly AttributionDraft[],
  keep: (rule: AttributionDraft, kept: readonly AttributionDraft[]) => boolean,
): AttributionDraft[] => {
  const used = new Set<AttributionDraft>();
  const out: AttributionDraft[] = [];
  for (const t of tagged) {
    const r = rules.find(
      (x) =>
        (!used.has(x) || absorbs(x, t)) &&
        sameClaim(x, t) &&
        ((agree(x.source, t.source) && spansOverlap(x.content, t.content)) ||
          confused(x, t) ||
          participle(x, t) ||
          clauseAfterCue(text, x, t) ||
          clauseAfterSource(x, t) ||
          absorbs(x, t) ||
          (spansOverlap(x.cue, t.cue) && objectSource(text, x, t))),
    );
    // A relay read once stands for every tagger reading of its parts ("quoted", "as saying").
    if (r && used.has(r)) continue;
    if (r) used.add(r);
    out.push(r ?? t);
  }
  for (const r of rules)
    if (!used.has(r) && keep(r, out) && !out.some((x) => competes(text, r, x))) out.push(r);
  return out.sort((a, b) => a.cue.start - b.cue.start);
};
