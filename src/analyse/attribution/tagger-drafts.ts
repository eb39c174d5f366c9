import { ACCORDING_TO, ACCORDING_TO_NON_SOURCES, ATTRIBUTION_CUES } from '../../lang/en/attribution-cues.js';
import { DERIVED_CUES } from '../../lang/en/attribution-derived-cues.js';
import { DETERMINERS, RELATIVE_CLAUSE_OPENERS } from '../../lang/en/attribution-syntax.js';
import type { Sentence } from '../../model/sentence.js';
import { type Span, span } from '../../model/span.js';
import type { Stance } from '../../model/stance.js';
import type { AttributionDraft } from './attribution-draft.js';
import { trimSpan } from './content-span.js';
import { sentenceAt } from './group-by-sentence.js';
import { demandHolds } from './match-cues.js';
import type { TaggedAttribution } from './tagged-attributions.js';

/** Stance and hedge of each cue word of the lexicons (hand-listed entries win over derived ones). */
const CUE_WORDS: ReadonlyMap<string, { readonly stance: Stance; readonly hedge: boolean }> = (() => {
  const m = new Map<string, { stance: Stance; hedge: boolean }>();
  for (const [stance, forms] of Object.entries(DERIVED_CUES) as [Stance, readonly string[]][])
    for (const f of forms) m.set(f, { stance, hedge: false });
  for (const c of ATTRIBUTION_CUES)
    for (const f of c.forms) if (!f.includes(' ')) m.set(f, { stance: c.stance, hedge: c.hedge === true });
  return m;
})();

const QUOTE_OPEN = /^["“„«]/;
const QUOTE_CLOSE = /["”»]$/;
const THAT = /^that\s+/i;
const TRAILING_RELATIVE = new RegExp(`\\s*,\\s*(?:${[...RELATIVE_CLAUSE_OPENERS].join('|')})$`, 'i');
/** The confidence of a draft read by the tagger alone (the rules' readings carry 0.8–0.9). */
const TAGGER_CONFIDENCE = 0.7;

/**
 * The content as sitrep keeps it: without a leading "that", colon or comma, without a trailing relative word
 * after a comma (", which"), without the quotation marks of a direct quote and without trailing sentence
 * punctuation (PolNeAR's extents keep them).
 */
const normaliseContent = (text: string, s: Span): { content: Span; direct: boolean } | null => {
  let t = trimSpan(text, s.start, s.end);
  if (!t) return null;
  const raw = text.slice(t.start, t.end);
  const direct = QUOTE_OPEN.test(raw);
  if (direct) {
    t = trimSpan(text, t.start + 1, QUOTE_CLOSE.test(raw) ? t.end - 1 : t.end);
  } else {
    const that = THAT.exec(raw);
    if (that) t = trimSpan(text, t.start + that[0].length, t.end);
    // "X was behind the attack, which [it denies]": the relative word opens the cue's clause, not the content.
    const relative = t && TRAILING_RELATIVE.exec(text.slice(t.start, t.end));
    if (t && relative) t = trimSpan(text, t.start, t.end - relative[0].length);
  }
  return t ? { content: t, direct } : null;
};

/**
 * The stance of a cue phrase: that of its first lexicon word ("did not deny" → denies), else asserts; a demand
 * word asserts unless a demanding word follows it (match-cues demandHolds: "called the shelling outrageous").
 */
const stanceOf = (text: string, cue: Span): { stance: Stance; hedge: boolean } => {
  const wordsOf = (s: string) =>
    s
      .toLowerCase()
      .split(/[^a-z’']+/)
      .filter(Boolean);
  const inCue = wordsOf(text.slice(cue.start, cue.end));
  const next = wordsOf(text.slice(cue.end, cue.end + 20))[0];
  for (let i = 0; i < inCue.length; i += 1) {
    const found = CUE_WORDS.get(inCue[i]!);
    if (!found) continue;
    return found.stance === 'demands' && !demandHolds(inCue[i]!, inCue[i + 1] ?? next)
      ? { ...found, stance: 'asserts' }
      : found;
  }
  return { stance: 'asserts', hedge: false };
};

/** "according to plan": the words after the cue name a plan, not a source. */
const notASource = (text: string, cue: Span, source: Span | null): boolean => {
  if (text.slice(cue.start, cue.end).toLowerCase() !== ACCORDING_TO || !source) return false;
  const words = text.slice(source.start, source.end).toLowerCase().split(/\s+/);
  return ACCORDING_TO_NON_SOURCES.has((words[0] === 'the' ? words[1] : words[0]) ?? '');
};

const LAST_TWO_WORDS = /([\p{L}’']+)\W+([\p{L}’']+)\W*$/u;
/**
 * "filed the said document": a cue word after a determiner is an adjective or a noun ("the said", "their claims"),
 * whatever the tagger read (the rules check the same before a cue).
 */
const adjectivalCue = (text: string, cue: Span): boolean => {
  const m = LAST_TWO_WORDS.exec(text.slice(Math.max(0, cue.start - 30), cue.end));
  return m !== null && DETERMINERS.has(m[1]!.toLowerCase()) && CUE_WORDS.has(m[2]!.toLowerCase());
};

/** Drafts for the tagger's attributions, in sitrep's conventions (see normaliseContent). */
export const taggerDrafts = (
  text: string,
  sentences: readonly Sentence[],
  tagged: readonly TaggedAttribution[],
): AttributionDraft[] => {
  const drafts: AttributionDraft[] = [];
  for (const t of tagged) {
    const body = normaliseContent(text, t.content);
    if (!body) continue;
    const source = t.source ? trimSpan(text, t.source.start, t.source.end) : null;
    if (notASource(text, t.cue, source) || adjectivalCue(text, t.cue)) continue;
    const { stance, hedge } = stanceOf(text, t.cue);
    drafts.push({
      sentence: Math.max(0, sentenceAt(sentences, t.cue.start)),
      source,
      head: source,
      cue: span(t.cue.start, t.cue.end),
      ...body,
      stance,
      hedgedCue: hedge,
      inheritsSource: false,
      rule: 'tagger',
      confidence: TAGGER_CONFIDENCE,
    });
  }
  return drafts;
};
