import { SOURCE_PRONOUNS } from '../../lang/en/attribution-syntax.js';
import { type Span, spansOverlap, spanText } from '../../model/span.js';
import type { AttributionDraft } from './attribution-draft.js';

const sameClaim = (a: AttributionDraft, b: AttributionDraft): boolean =>
  spansOverlap(a.cue, b.cue) || spansOverlap(a.content, b.content);
/** The rule's source agrees with the tagger's when they overlap, or when the tagger found none. */
const agree = (rule: Span | null, tagger: Span | null): boolean =>
  tagger === null || (rule !== null && spansOverlap(rule, tagger));
/**
 * A rule reading nested inside another claim's content with a pronoun source ("X said he hoped Y": the
 * speaker's own stance) is a claim of its own; otherwise overlapping content means a competing reading.
 */
const competes = (text: string, rule: AttributionDraft, other: AttributionDraft): boolean => {
  if (spansOverlap(rule.cue, other.cue)) return true;
  if (!spansOverlap(rule.content, other.content)) return false;
  const nested = other.content.start <= rule.cue.start && rule.cue.end <= other.content.end;
  const pronoun = rule.source !== null && spanText(text, rule.source).toLowerCase() in SOURCE_PRONOUNS;
  return !(nested && pronoun);
};

/**
 * The tagger decides which claims there are and roughly where their parts lie (it scores higher on PolNeAR than
 * the rules); where a rule reads the same claim with a source and content that overlap the tagger's, the rule's
 * reading is kept (it carries sitrep's exact extents, stance, source head and source inheritance); so it is when
 * the tagger found no source. The rules' other readings are kept, when `keepRules`, unless they compete with a
 * kept one (same cue, or overlapping content without being nested in it).
 */
export const combineDrafts = (
  text: string,
  rules: readonly AttributionDraft[],
  tagged: readonly AttributionDraft[],
  keepRules: boolean,
): AttributionDraft[] => {
  const used = new Set<AttributionDraft>();
  const out: AttributionDraft[] = [];
  for (const t of tagged) {
    const r = rules.find(
      (x) =>
        !used.has(x) && sameClaim(x, t) && agree(x.source, t.source) && spansOverlap(x.content, t.content),
    );
    if (r) used.add(r);
    out.push(r ?? t);
  }
  if (keepRules)
    for (const r of rules) if (!used.has(r) && !out.some((x) => competes(text, r, x))) out.push(r);
  return out.sort((a, b) => a.cue.start - b.cue.start);
};
